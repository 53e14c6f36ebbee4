package nl.ouderbetrokkenheid.portal.system;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

class RequestIdsTests {

	private final RequestIds filter = new RequestIds();

	@Test
	void aValidIdFromTheProxyIsKeptEchoedAndInTheReactorContext() {
		MockServerWebExchange exchange = MockServerWebExchange
			.from(MockServerHttpRequest.get("/api/search").header(RequestIds.HEADER, "4f6c2a9e0b1d4c3e8a7f6e5d4c3b2a19"));
		String[] seen = new String[1];
		WebFilterChain chain = ex -> Mono.deferContextual(context -> {
			seen[0] = context.get(RequestIds.KEY);
			return Mono.empty();
		});

		this.filter.filter(exchange, chain).block();

		assertThat(exchange.getResponse().getHeaders().getFirst(RequestIds.HEADER))
			.isEqualTo("4f6c2a9e0b1d4c3e8a7f6e5d4c3b2a19");
		assertThat(seen[0]).isEqualTo("4f6c2a9e0b1d4c3e8a7f6e5d4c3b2a19");
		assertThat(RequestIds.of(exchange)).isEqualTo("4f6c2a9e0b1d4c3e8a7f6e5d4c3b2a19");
	}

	@Test
	void anIdThatCouldMangleTheLogsIsReplacedNotRefused() {
		MockServerWebExchange exchange = MockServerWebExchange
			.from(MockServerHttpRequest.get("/api/search").header(RequestIds.HEADER, "evil\" id\nwith a line break"));

		this.filter.filter(exchange, ex -> Mono.empty()).block();

		assertThat(exchange.getResponse().getHeaders().getFirst(RequestIds.HEADER)).matches("[0-9a-f]{32}");
	}

	@Test
	void anUnexpectedFailureIsLoggedUnderTheSameIdTheProblemAndHeaderCarry() {
		MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/items/x"));
		Logger logger = (Logger) LoggerFactory.getLogger(ProblemDetailsWebExceptionHandler.class);
		ListAppender<ILoggingEvent> logged = new ListAppender<>();
		logged.start();
		logger.addAppender(logged);
		try {
			this.filter
				.filter(exchange, ex -> new ProblemDetailsWebExceptionHandler(ServerCodecConfigurer.create()).handle(ex,
						new IllegalStateException("a bug")))
				.block();
		}
		finally {
			logger.detachAppender(logged);
		}

		String id = exchange.getResponse().getHeaders().getFirst(RequestIds.HEADER);
		assertThat(id).matches("[0-9a-f]{32}");
		assertThat(exchange.getResponse().getStatusCode().value()).isEqualTo(500);
		assertThat(exchange.getResponse().getBodyAsString().block()).contains("\"requestId\":\"" + id + "\"");
		assertThat(logged.list).singleElement()
			.satisfies(event -> assertThat(event.getMDCPropertyMap()).containsEntry(RequestIds.KEY, id));
	}

}
