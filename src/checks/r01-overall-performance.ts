import type { Profile } from '../document/profile.js';
import { finding, notRun, type InputRule } from './rule.js';

/** The profile option naming the requirement; absent, the profile's table set decides. */
export const REQUIRE_OVERALL_OPTION = 'requireOverallPerformance';
const OVERALL_TABLE_SPEC = 'overall-performance';

/** Whether the profile prints the 整体绩效目标表, so its content must be entered (spec §3.13, §4.2). */
export function requiresOverallPerformance(profile: Profile): boolean {
  const option = profile.options[REQUIRE_OVERALL_OPTION];
  if (typeof option === 'boolean') return option;
  return profile.tables.some((t) => t.spec === OVERALL_TABLE_SPEC);
}

/**
 * R01 (spec §4.2 "required for E2023/E2024"): `overallPerformance` is given when the profile requires it:
 * option `requireOverallPerformance`, else the profile's table set has the 整体绩效目标表.
 */
export const r01: InputRule = {
  id: 'R01',
  layer: 'input',
  severity: 'error',
  tolerance: 'text',
  description: '模板包含整体绩效目标表时，必须填写整体绩效目标（overallPerformance）',
  run({ input, profile, at }) {
    if (!profile) return notRun('未指定模板，无法判断是否需要整体绩效目标');
    if (!requiresOverallPerformance(profile)) return [];
    if (input.overallPerformance) return [];
    return [finding(this, at(['overallPerformance']), `模板 ${profile.id} 包含整体绩效目标表，请填写整体绩效目标（年度履职目标、年度主要任务、产出和效益指标）`)];
  },
};
