// The rule tester lints each typed case as this file; its text is replaced by the case's code.
export {};
