// Types of launcher.mjs (plain JavaScript: build.mjs imports it before anything is built).
export declare const SHEBANG: string;
export declare const binEnv: string[];
export declare const binFlags: string[];
export declare const WINDOWS_SHEBANG: string;
export declare function launcher(build: string, platform?: NodeJS.Platform): string;
export declare function startCommand(
	bin: string,
	args: string[],
	platform?: NodeJS.Platform,
): {command: string; args: string[]};
