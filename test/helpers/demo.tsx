// Manual check in a real terminal: `npx tsx test/helpers/demo.tsx [--wide]`.
// Uses the hand-built fixtures, or the real seeds when the report loader exists.
import {render} from 'ink';
import {App} from '../../source/app.js';
import {createSimpleEngine} from './simple-engine.js';
import {reports} from './fixtures.js';

const ambiguousWide = process.argv.includes('--wide');
const engine = createSimpleEngine(reports.flatMap((r) => r.programs));
render(<App reports={reports} engine={engine} ambiguousWide={ambiguousWide} />);
