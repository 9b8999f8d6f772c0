// The look every AG Grid of the console shares (the queue, the rosters).
import { themeQuartz } from 'ag-grid-community';

export const gridTheme = themeQuartz.withParams({
  fontFamily: 'inherit',
  fontSize: 13,
  headerFontSize: 12,
  headerFontWeight: 600,
  spacing: 5,
  rowHeight: 32,
  headerHeight: 34,
  accentColor: '#2563eb',
  foregroundColor: '#1f2328',
  borderColor: '#e4e7eb',
  headerBackgroundColor: '#f6f7f9',
  oddRowBackgroundColor: '#fbfbfc',
  rowHoverColor: '#f1f5fd',
  wrapperBorder: false,
  wrapperBorderRadius: 0,
});
