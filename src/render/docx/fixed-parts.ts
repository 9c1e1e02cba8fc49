import { createRequire } from 'node:module';

/** What every .docx shares (fixed-parts-docx.ts): part name → XML, and word/document.xml up to `<w:body>`. */
export interface FixedParts {
  parts: Readonly<Record<string, string>>;
  documentOpen: string;
}

/**
 * The file the build writes next to this module, or, in the bundled CLI, next to the chunk holding it
 * (scripts/precompile-docx-parts.mjs); absent when running from source.
 */
export const FIXED_PARTS_FILE = 'precompiled-docx-parts.json';

let fixed: FixedParts | undefined;

/**
 * The parts every .docx shares: as the build precompiled them with docx (loading docx and serialising its default
 * styles was about a tenth of a cold `generate`), else made with docx now (running from source).
 */
export async function fixedParts(): Promise<FixedParts> {
  if (!fixed) fixed = loadPrecompiled() ?? (await import('./fixed-parts-docx.js')).fixedPartsFromDocx();
  return fixed;
}

function loadPrecompiled(): FixedParts | undefined {
  try {
    const value = createRequire(import.meta.url)(`./${FIXED_PARTS_FILE}`) as Partial<FixedParts>;
    return typeof value.documentOpen === 'string' && value.parts && typeof value.parts === 'object' ? (value as FixedParts) : undefined;
  } catch {
    return undefined;
  }
}

/** Replaces the fixed parts (tests: the precompiled file against docx's own serialisation); undefined to reload. */
export function useFixedParts(parts: FixedParts | undefined): void {
  fixed = parts;
}
