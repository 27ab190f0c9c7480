/** Types for test/network-block.cjs. */
export declare function install(onAttempt: (via: string, target: string) => void): void;
