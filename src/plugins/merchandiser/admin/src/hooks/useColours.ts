import { useTheme } from 'styled-components';

/** A design-system colour token (primary600, neutral200 …). */
export type ColourToken = string;

/**
 * The design system's colours in the admin user's theme (light or dark): the
 * charts and timelines drawn by hand take their colours from here, never hex.
 */
export const useColours = (): ((token: ColourToken) => string) => {
  const theme = useTheme() as unknown as { colors?: Record<string, string> } | undefined;
  return (token) => theme?.colors?.[token] ?? 'currentColor';
};
