/**
 * {@code serve}: Quartz (clustered JDBC job store in the product's database) polls the
 * input folder and renders the scheduled reports. Quartz jobs are thin and call the beans
 * here; see {@code docs/serve.md}.
 */
package vn.qms.stats.schedule;
