package nl.ouderbetrokkenheid.portal.system;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/status")
class StatusController {

	private final SystemStatus status;

	StatusController(SystemStatus status) {
		this.status = status;
	}

	@GetMapping
	Mono<SystemStatus.Report> status() {
		return this.status.report();
	}

}
