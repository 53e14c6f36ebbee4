package nl.ouderbetrokkenheid.portal.system;

import java.time.Duration;

import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.system.elasticsearch.IndexLifecycleRunner;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Loads every {@link DemoSet}, one after another, once the indices are in place; only in demo mode. */
@Component
@Order(IndexLifecycleRunner.ORDER + 10)
@RequiredArgsConstructor
class DemoLoader implements ApplicationRunner {

	private final DemoProperties demo;

	private final ObjectProvider<DemoSet> sets;

	@Override
	public void run(ApplicationArguments args) {
		if (this.demo.enabled()) {
			// Start-up waits on purpose: the portal should open with its demo content in place.
			this.sets.orderedStream().forEach(set -> set.load().block(Duration.ofMinutes(2)));
		}
	}

}
