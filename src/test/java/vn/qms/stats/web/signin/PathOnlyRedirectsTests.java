package vn.qms.stats.web.signin;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The address after signing in keeps the path, query and fragment alone, and never leads
 * to another site: empty segments dropped, a path a browser would read as another site's
 * address to the start page.
 */
class PathOnlyRedirectsTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			http://evil.example/figures?unit=91&continue   | /figures?unit=91&continue
			https://user@evil.example:8443/reports?a=%20b#r | /reports?a=%20b#r
			/figures?continue                               | /figures?continue
			/                                               | /
			http://evil.example                             | /
			http://evil.example//other.example/x            | /other.example/x
			//other.example/x                               | /x
			http://evil.example/\\other.example/x           | /
			""")
	void shouldKeepThePathQueryAndFragmentOfAnAddressOnThisSite(String url, String path) {
		assertThat(PathOnlyRedirects.pathOf(url)).isEqualTo(path);
	}

}
