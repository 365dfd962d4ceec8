/** The font manifest (`fonts/fonts.json`): roles such as body-song or headline-hei → font files. */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { z } from 'zod';
import { InputError } from '../model/errors.js';
import { readJson } from '../model/json-file.js';
import { projectRoot } from '../model/project-root.js';
import { parseWith } from '../model/validate.js';

const CandidateSchema = z.union([
  z.strictObject({ package: z.string().min(1), file: z.string().min(1) }),
  z.strictObject({ file: z.string().min(1) }),
  z.strictObject({ path: z.string().min(1) }),
]);

const ManifestSchema = z.strictObject({
  format: z.literal('banmian-fonts'),
  comment: z.string().optional(),
  roles: z.record(z.string(), z.array(CandidateSchema).min(1)),
  /** Roles tried, in order, for a character the wanted role's font lacks. */
  fallback: z.array(z.string()).default([]),
  /**
   * For a character no role's font has (a rare character): first the other font files of the
   * manifest's folder, then the system's font files of these names, in order.
   */
  systemFallback: z.array(z.string().min(1)).default([]),
});

export type FontCandidate = z.infer<typeof CandidateSchema>;

export interface FontManifest {
  /** Role → resolved font file path. */
  roles: ReadonlyMap<string, string>;
  fallback: readonly string[];
  /** The manifest's folder, whose font files no role names are fallbacks for rare characters. */
  folder: string;
  systemFallback: readonly string[];
}

export function defaultManifestPath(): string {
  return join(projectRoot(), 'fonts', 'fonts.json');
}

export function loadManifest(file = defaultManifestPath()): FontManifest {
  const manifest = parseWith(ManifestSchema, readJson(file), file);
  const base = dirname(resolve(file));
  const require = createRequire(join(projectRoot(), 'package.json'));
  const roles = new Map<string, string>();
  for (const [role, candidates] of Object.entries(manifest.roles)) {
    const found = candidates.map((c) => candidatePath(c, base, require)).find((p) => p !== undefined && existsSync(p));
    if (!found) throw new InputError(file, `no font file found for role "${role}" (tried ${candidates.length} candidate${candidates.length > 1 ? 's' : ''})`);
    roles.set(role, found);
  }
  for (const role of manifest.fallback) {
    if (!roles.has(role)) throw new InputError(file, `fallback names the unknown role "${role}"`);
  }
  return { roles, fallback: manifest.fallback, folder: base, systemFallback: manifest.systemFallback };
}

function candidatePath(c: FontCandidate, base: string, require: NodeJS.Require): string | undefined {
  if ('package' in c) {
    try {
      return join(dirname(require.resolve(`${c.package}/package.json`)), c.file);
    } catch {
      return undefined;
    }
  }
  if ('path' in c) return c.path;
  return isAbsolute(c.file) ? c.file : join(base, c.file);
}
