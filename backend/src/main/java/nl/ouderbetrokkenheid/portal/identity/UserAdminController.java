package nl.ouderbetrokkenheid.portal.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.system.InvalidRequestException;
import nl.ouderbetrokkenheid.portal.system.Problems;
import nl.ouderbetrokkenheid.portal.system.ResultWindow;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

/**
 * Administrators see who has an account and grant portal roles on top of the provider's.
 */
@RestController
@RequestMapping("/api/admin/users")
@PreAuthorize("hasRole('ADMIN')")
@RequiredArgsConstructor
class UserAdminController {

	record UserPage(long total, List<ProfileView> users) {
	}

	record RoleGrant(@NotNull Set<Role> roles) {
	}

	private final ProfileService profiles;

	private final IdentityMapper mapper;

	@GetMapping
	Mono<UserPage> list(@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		List<Problems.FieldError> errors = new ArrayList<>();
		ResultWindow.check(errors, page, size);
		if (!errors.isEmpty()) {
			return Mono.error(new InvalidRequestException(errors));
		}
		return this.profiles.list(page, size)
			.map(this.mapper::toView)
			.collectList()
			.zipWith(this.profiles.count(), (users, total) -> new UserPage(total, users));
	}

	@PutMapping("/{subject}/roles")
	Mono<ProfileView> grant(@PathVariable String subject, @Valid @RequestBody RoleGrant grant) {
		return this.profiles.grant(subject, grant.roles()).map(this.mapper::toView);
	}

}
