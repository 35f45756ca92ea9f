import { Link } from 'react-router-dom';
import { styled } from 'styled-components';

/**
 * A link inside the admin panel in the theme's link colour (light and dark),
 * instead of the browser's default blue, which the dark theme cannot read.
 */
export const TextLink = styled(Link)`
  color: ${({ theme }) => (theme as unknown as { colors: Record<string, string> }).colors.primary600};
  text-decoration: none;

  &:hover,
  &:focus-visible {
    text-decoration: underline;
  }
`;
