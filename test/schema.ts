import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { expect } from 'vitest';

const schema = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'schema', 'sidecar.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

/** Assert that a sidecar matches schema/sidecar.schema.json. */
export function validateSidecar(sidecar: unknown): void {
  const ok = validate(sidecar);
  expect(ok, JSON.stringify(validate.errors, null, 1)).toBe(true);
}
