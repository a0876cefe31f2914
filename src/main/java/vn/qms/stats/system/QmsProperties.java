package vn.qms.stats.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code qms.*} settings of {@code config/application.yml}.
 *
 * @param input folder watched for incoming spreadsheets
 * @param output folder reports are written to
 * @param cutOffRule {@code calendar} or {@code decree-09-2019}
 * @param language {@code vi} or {@code en}
 */
@ConfigurationProperties("qms")
public record QmsProperties(Path input, Path output, String cutOffRule, String language) {

}
