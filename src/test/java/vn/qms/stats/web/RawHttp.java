package vn.qms.stats.web;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Requests to the console on a port over a raw socket, so that they go out exactly as
 * written: the address as it is, an HTTP/1.0 request line, a {@code Host} header of
 * another site. A client library would normalise the address, or write its own
 * {@code Host} and protocol.
 */
public final class RawHttp {

	private final int port;

	public RawHttp(int port) {
		this.port = port;
	}

	/** This console's own {@code Host} header, with its line end. */
	public String ownHost() {
		return "Host: 127.0.0.1:" + this.port + "\r\n";
	}

	/**
	 * Sends a request exactly as written (request line, headers, the blank line and any
	 * body); answers the whole answer, read until the server closes the connection.
	 */
	public String send(String request) throws IOException {
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), this.port)) {
			socket.setSoTimeout(30_000);
			socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/** An answer's status line and headers, without the blank line after them. */
	public static String head(String answer) {
		int end = answer.indexOf("\r\n\r\n");
		return (end < 0) ? answer : answer.substring(0, end);
	}

	/** The first value of an answer's header, whatever the case of its name. */
	public static Optional<String> header(String answer, String name) {
		return Arrays.stream(head(answer).split("\r\n"))
			.skip(1)
			.filter((line) -> line.regionMatches(true, 0, name + ":", 0, name.length() + 1))
			.map((line) -> line.substring(name.length() + 1).strip())
			.findFirst();
	}

	/** The {@code name=value} of a cookie an answer sets, as a later request sends it. */
	public static Optional<String> cookie(String answer, String name) {
		return Arrays.stream(head(answer).split("\r\n"))
			.filter((line) -> line.regionMatches(true, 0, "Set-Cookie:", 0, 11))
			.map((line) -> line.substring(11).strip())
			.filter((cookie) -> cookie.startsWith(name + "="))
			.map((cookie) -> cookie.split(";", 2)[0])
			.findFirst();
	}

}
