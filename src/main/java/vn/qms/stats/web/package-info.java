/**
 * The web console, served by {@code serve} (README, "The web console"): server-rendered
 * pages in Vietnamese and English over the same engine as the command line. One
 * sub-package per feature; this package holds what every page shares (layout, language,
 * errors, who is signed in).
 */
package vn.qms.stats.web;
