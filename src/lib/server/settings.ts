import { DEFAULT_SETTINGS, type AssessSettings } from '../assess';

function numberFrom(name: string, fallback: number): number {
	const raw = process.env[name];
	const value = raw === undefined || raw === '' ? NaN : Number(raw);
	return Number.isFinite(value) && value >= 0 ? value : fallback;
}

/** The assessment tolerances: TOLERANCE_PP and TOLERANCE_LEVEL_PCT, else the spec's defaults. */
export function assessSettings(): AssessSettings {
	return {
		tolerancePp: numberFrom('TOLERANCE_PP', DEFAULT_SETTINGS.tolerancePp),
		toleranceLevelPct: numberFrom('TOLERANCE_LEVEL_PCT', DEFAULT_SETTINGS.toleranceLevelPct)
	};
}
