// A common hardening step, before any other script runs.
Object.freeze(Object.prototype);
