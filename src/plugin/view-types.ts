/**
 * The view types of the plugin's own views, in one place: the views register under them, and
 * opening a note (`note-leaf.ts`) must tell them apart from a note tab without importing the views.
 */
export const DASHBOARD_VIEW_TYPE = 'relational-organizer-dashboard';
export const MAP_VIEW_TYPE = 'relational-organizer-map';
export const CHART_VIEW_TYPE = 'relational-organizer-chart';
