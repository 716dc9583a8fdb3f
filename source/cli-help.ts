// The `--help` text (meow prints it). Query syntax comes from the search engine's table.
export const USAGE = `
  shuro — 就労支援事業計画 事業の実施状況 explorer

  Usage
    $ shuro [QUERY]            open the explorer (with QUERY typed)
    $ shuro --json [QUERY]     print programs as JSON (ranked matches with a QUERY)
    $ shuro --ndjson [QUERY]   the same, one program per line (jq, DuckDB, pandas)
    $ shuro --csv [QUERY]      print CSV (UTF-8 with BOM; one row per measure, numbers as numbers)
    $ shuro QUERY | cat        not a terminal: print an aligned table
    $ shuro --changes [A B]    what changed between two fiscal years (the newest two by default)

  Options
    --year, -y YEAR        only this fiscal year (repeatable): 2024, FY2024, R6, 令和6年度
    --data, -d PATH        report file or directory (repeatable); replaces the bundled reports
    --limit, -n N          at most N programs (printing only; the explorer lists all)
    --quiet, -q            print no load warnings (errors still)
    --color WHEN           auto (default), always or never; --no-color = never.
                           NO_COLOR=1 and TERM=dumb mean never, FORCE_COLOR=1 always
    --no-mouse             leave the mouse to the terminal (no wheel or click in the explorer)
    --ambiguous-wide       draw ○ ※ ① ・ ～ two cells wide (also SHURO_AMBIGUOUS_WIDE=1)
    --verbose              also print informational notes from loading
    --help, -h             this help
    --version, -v          the version

  Query syntax
%SYNTAX%

  Figures
    91%            one measure: actual ÷ plan
    25% 1/3        several: the lowest ratio; measures that reached plan / measures compared
    ≈64%, 約2.9億  from or printed with 約 (about); amounts keep every digit down to 万
    比較不可        plan and actual count different things: no percentage, and the reason

  Keys in the explorer: ? (on an empty search line) or F1 for the full table.

  Exit status
    0    ok
    1    the query matched nothing (printing)
    2    bad usage or input (unknown flag, missing path, unreadable or non-report file,
         duplicate report, a --year not loaded)
    70   the output could not be written (stdout closed)
    130  interrupted (SIGINT)
    143  terminated (SIGTERM)
`;
