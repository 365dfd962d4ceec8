/**
 * Export presets: what goes around the page (bleed, printer's marks) and the limits the plant
 * holds us to. `plant` is what the printing plant receives; `proof` is the bare trimmed page.
 */
import { z } from 'zod';

export const PresetName = z.enum(['plant', 'proof']);
export type PresetName = z.infer<typeof PresetName>;

export interface ExportPreset {
  name: PresetName;
  /** Draw bleed, crop and registration marks, the colour bar and the slug line outside the trim. */
  marks: boolean;
  /** Total area coverage allowed for any drawn colour, in percent (ISO 12647-3 coldset: ~240). */
  inkLimit: number;
  /** Images above this effective resolution are downsampled to it. */
  maxPpi: number;
  /** Images below this effective resolution are reported. */
  minPpi: number;
  /** Read each written PDF back and preflight it (the plant's files; a proof is for the desk). */
  preflight: boolean;
}

export const PRESETS: Readonly<Record<PresetName, ExportPreset>> = {
  plant: { name: 'plant', marks: true, inkLimit: 240, maxPpi: 300, minPpi: 200, preflight: true },
  proof: { name: 'proof', marks: false, inkLimit: 240, maxPpi: 300, minPpi: 200, preflight: false },
};
