package vn.qms.stats.web.signin;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.RedirectStrategy;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Redirects by the path, query and fragment of an address alone. After signing in, Spring
 * Security goes back to the page asked for by the address it saved, which it built whole
 * ({@code http://<Host>/figures?continue}) from the {@code Host} header of that request,
 * which any client may write. Without scheme, host and port the page is the console's
 * own, whatever that header said. ({@code DefaultRedirectStrategy.setContextRelative}
 * would not do: with the console at the root it keeps such an address as it is.)
 */
final class PathOnlyRedirects implements RedirectStrategy {

	@Override
	public void sendRedirect(HttpServletRequest request, HttpServletResponse response, String url) throws IOException {
		response.sendRedirect(response.encodeRedirectURL(pathOf(url)));
	}

	/**
	 * The address's path, query and fragment. The start page for one that cannot be read,
	 * or whose path a browser would read as another site's address ({@code /\other});
	 * empty segments are dropped, so that no path starts with {@code //}.
	 */
	static String pathOf(String url) {
		try {
			UriComponents uri = UriComponentsBuilder.fromUriString(url).build();
			String path = UriComponentsBuilder.newInstance()
				.path(uri.getPath())
				.query(uri.getQuery())
				.fragment(uri.getFragment())
				.build()
				.toUriString();
			boolean own = path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\");
			return own ? path : "/";
		}
		catch (IllegalArgumentException ex) {
			return "/";
		}
	}

}
