package nl.ouderbetrokkenheid.testsupport;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

/**
 * A controller that exists only in tests, outside the application's packages so no other test context sees it,
 * to exercise the error handling with a body and parameters of known shape.
 */
@RestController
@RequestMapping("/api/test")
public class EchoController {

	public record Note(@NotBlank String title, @Size(max = 10) String summary, @Min(1) int copies) {
	}

	@PostMapping(path = "/echo", consumes = "application/json")
	public Mono<Note> echo(@Valid @RequestBody Note note) {
		return Mono.just(note);
	}

	@GetMapping("/page")
	public Mono<Integer> page(@RequestParam(defaultValue = "10") @Max(100) int size) {
		return Mono.just(size);
	}

}
