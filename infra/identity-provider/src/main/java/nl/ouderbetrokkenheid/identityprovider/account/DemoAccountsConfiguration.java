package nl.ouderbetrokkenheid.identityprovider.account;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Makes the demo accounts available to Spring Security's form login. */
@Configuration(proxyBeanMethods = false)
class DemoAccountsConfiguration {

	/**
	 * BCrypt at its lowest cost. The password is published, so the hash protects nothing; what matters is that a load
	 * test logging in hundreds of members does not spend 100 ms of CPU per login, and that startup encodes once.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(4)));
	}

	@Bean
	UserDetailsService demoUserDetailsService(DemoAccounts accounts, PasswordEncoder passwordEncoder) {
		String sharedHash = passwordEncoder.encode(DemoAccounts.PASSWORD);
		return (username) -> accounts.find(username)
			.map((account) -> User.withUsername(account.username())
				.password(sharedHash)
				.roles(account.roles().toArray(String[]::new))
				.build())
			.orElseThrow(() -> new UsernameNotFoundException("No demo account " + username));
	}

}
