export const DEFAULT_CLINIC_CONFIG: string;
export function clinicConfigFile(): string | undefined;
export function outDir(): string;
export function contentDir(): string;
export function outDirOverride(): string | undefined;
