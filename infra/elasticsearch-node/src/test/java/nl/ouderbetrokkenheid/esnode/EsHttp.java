package nl.ouderbetrokkenheid.esnode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Plain HTTP against a node, JSON in and out. */
final class EsHttp {

	private static final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String baseUrl;

	EsHttp(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	Response get(String path) {
		return send("GET", path, null, null);
	}

	Response head(String path) {
		return send("HEAD", path, null, null);
	}

	Response delete(String path) {
		return send("DELETE", path, null, null);
	}

	Response put(String path, String json) {
		return send("PUT", path, json, "application/json");
	}

	Response post(String path, String json) {
		return send("POST", path, json, "application/json");
	}

	Response bulk(String path, String ndjson) {
		return send("POST", path, ndjson, "application/x-ndjson");
	}

	Response send(String method, String path, String body, String contentType) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.timeout(Duration.ofSeconds(90))
			.method(method, (body != null) ? HttpRequest.BodyPublishers.ofString(body)
					: HttpRequest.BodyPublishers.noBody());
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		try {
			HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			JsonNode json = response.body().isBlank() ? null : JsonMapper.shared().readTree(response.body());
			return new Response(response.statusCode(), json, response.headers());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Repeats a GET until the answer satisfies the condition, for things that happen eventually (a new master, shards
	 * recovering). Connection failures count as "not yet".
	 */
	Response await(String path, Predicate<Response> condition, Duration timeout) {
		Instant deadline = Instant.now().plus(timeout);
		RuntimeException lastFailure = null;
		Response last = null;
		while (Instant.now().isBefore(deadline)) {
			try {
				last = get(path);
				if (condition.test(last)) {
					return last;
				}
			}
			catch (RuntimeException ex) {
				lastFailure = ex;
			}
			NodeProcess.pause(Duration.ofMillis(250));
		}
		throw new AssertionError("GET " + path + " did not reach the expected state within " + timeout + "; last answer: "
				+ ((last != null) ? last : lastFailure), lastFailure);
	}

	record Response(int status, JsonNode json, HttpHeaders headers) {

		Response expect(int expectedStatus) {
			if (this.status != expectedStatus) {
				throw new AssertionError("Expected status " + expectedStatus + " but got " + this);
			}
			return this;
		}

		long totalHits() {
			return this.json.at("/hits/total/value").asLong();
		}

		@Override
		public String toString() {
			return this.status + " " + this.json;
		}

	}

}
