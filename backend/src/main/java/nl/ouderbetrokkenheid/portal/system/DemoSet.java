package nl.ouderbetrokkenheid.portal.system;

import reactor.core.publisher.Mono;

/**
 * A feature's demo content, loaded at start-up by {@link DemoLoader} when {@code portal.demo.enabled}, in the order of
 * the beans' {@code @Order} (content that refers to other content comes after it). Loading again adds nothing twice:
 * a set records what it loaded ({@link DemoMarkers}) or writes with fixed ids.
 */
public interface DemoSet {

	Mono<Void> load();

}
