package nl.ouderbetrokkenheid.portal;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.CommandLineRunner;
import org.springframework.data.elasticsearch.annotations.Document;
import org.springframework.data.repository.Repository;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module rules of docs/conventions.md ("Module boundaries"). A feature is a top-level package under
 * {@code nl.ouderbetrokkenheid.portal}; what it offers other features is its public types, minus its Elasticsearch
 * documents, repositories and controllers, which stay inside it whatever their visibility.
 */
class ModuleBoundariesTests {

	private static final String BASE = "nl.ouderbetrokkenheid.portal";

	private static final JavaClasses MAIN = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages(BASE);

	@Test
	void onlyControllersDependOnControllers() {
		noClasses().that(DescribedPredicate.not(inController()).as("are not declared in a controller"))
			.should()
			.dependOnClassesThat(inController())
			.because("services and everything else take API records from their own files, not from controllers")
			.check(MAIN);
	}

	@Test
	void featuresUseEachOtherOnlyThroughTheirPublicTypes() {
		classes().should(useOtherFeaturesOnlyThroughTheirApi()).check(MAIN);
	}

	@Test
	void documentsAndRepositoriesArePackagePrivate() {
		classes().that()
			.areAnnotatedWith(Document.class)
			.or()
			.areAssignableTo(Repository.class)
			.should()
			.notBePublic()
			.because("Elasticsearch documents and repositories never leave their feature")
			.check(MAIN);
	}

	@Test
	void featuresDoNotDependOnEachOtherInCycles() {
		slices().matching(BASE + ".(*)..").should().beFreeOfCycles().check(MAIN);
	}

	@Test
	void onlyStartUpRunnersBlock() {
		noClasses().that(DescribedPredicate.not(startUpRunner()).as("are not start-up runners"))
			.should()
			.callMethodWhere(blocking())
			.because("block() holds a thread the event loop needs; only start-up runners, which must finish before "
					+ "the portal serves, may wait")
			.check(MAIN);
	}

	@Test
	void apiRecordsCarryNoElasticsearchTypes() {
		List<String> offences = new ArrayList<>();
		for (Class<?> record : apiRecords()) {
			for (RecordComponent component : record.getRecordComponents()) {
				for (Class<?> used : classesIn(component.getGenericType())) {
					if (isElasticsearchType(used)) {
						offences.add(record.getName() + "." + component.getName() + " is " + used.getName());
					}
				}
			}
		}
		assertThat(apiRecords()).as("API records found through the controllers").isNotEmpty();
		assertThat(offences).as("Elasticsearch types in API records").isEmpty();
	}

	@Test
	void theApiRecordCheckSeesAnElasticsearchTypeInANestedRecord() {
		assertThat(classesIn(Leaky.class.getRecordComponents()[0].getGenericType()))
			.anySatisfy(used -> assertThat(isElasticsearchType(used)).isTrue());
	}

	@Test
	void theRulesSeeTheCode() {
		// Were the class files unreadable, every rule above would pass on classes without dependencies.
		assertThat(MAIN.stream().flatMap(type -> type.getMethodCallsFromSelf().stream()).filter(blocking()))
			.extracting(call -> call.getOriginOwner().getSimpleName())
			.contains("DemoLoader", "IndexLifecycleRunner");
		assertThat(MAIN.get(BASE + ".articles.ArticleController").getDirectDependenciesFromSelf())
			.anyMatch(dependency -> dependency.getTargetClass().getSimpleName().equals("ArticleService"));
	}

	/** A stand-in for an API record leaking a search response, for the test above. */
	private record Leaky(List<co.elastic.clients.elasticsearch.core.search.Hit<String>> hits) {
	}

	private static String feature(JavaClass type) {
		String name = type.getPackageName();
		if (!name.startsWith(BASE + ".")) {
			return null;
		}
		String rest = name.substring(BASE.length() + 1);
		int dot = rest.indexOf('.');
		return (dot < 0) ? rest : rest.substring(0, dot);
	}

	private static ArchCondition<JavaClass> useOtherFeaturesOnlyThroughTheirApi() {
		return new ArchCondition<>("use other features only through their public types that are not documents, "
				+ "repositories or controllers") {
			@Override
			public void check(JavaClass origin, ConditionEvents events) {
				String own = feature(origin);
				origin.getDirectDependenciesFromSelf().forEach(dependency -> {
					JavaClass target = dependency.getTargetClass().getBaseComponentType();
					String other = feature(target);
					if (other == null || own == null || other.equals(own)) {
						return;
					}
					if (!target.getModifiers().contains(JavaModifier.PUBLIC)
							|| isInternal(target)) {
						events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()
								+ " reaches into feature '" + other + "'"));
					}
				});
			}
		};
	}

	private static boolean isInternal(JavaClass type) {
		JavaClass outer = type;
		while (outer.getEnclosingClass().isPresent()) {
			outer = outer.getEnclosingClass().get();
		}
		return outer.isAnnotatedWith(Document.class) || outer.isAssignableTo(Repository.class)
				|| outer.isAnnotatedWith(RestController.class);
	}

	private static DescribedPredicate<JavaClass> inController() {
		return DescribedPredicate.describe("are declared in a controller", type -> {
			for (JavaClass outer = type; outer != null; outer = outer.getEnclosingClass().orElse(null)) {
				if (outer.isAnnotatedWith(RestController.class)) {
					return true;
				}
			}
			return false;
		});
	}

	private static DescribedPredicate<JavaClass> startUpRunner() {
		return DescribedPredicate.describe("a start-up runner",
				type -> type.isAssignableTo(ApplicationRunner.class) || type.isAssignableTo(CommandLineRunner.class));
	}

	private static DescribedPredicate<JavaMethodCall> blocking() {
		return DescribedPredicate.describe("a blocking Reactor call", call -> {
			String owner = call.getTargetOwner().getName();
			return (owner.equals("reactor.core.publisher.Mono") || owner.equals("reactor.core.publisher.Flux"))
					&& call.getName().startsWith("block");
		});
	}

	/** Records a controller takes as a request body or gives back, and the records inside them. */
	private static Set<Class<?>> apiRecords() {
		Set<Class<?>> found = new LinkedHashSet<>();
		for (JavaClass controller : MAIN) {
			if (!controller.isAnnotatedWith(RestController.class)) {
				continue;
			}
			for (Method method : controller.reflect().getDeclaredMethods()) {
				if (Modifier.isPrivate(method.getModifiers()) || method.isSynthetic()) {
					continue;
				}
				collectRecords(method.getGenericReturnType(), found);
				for (java.lang.reflect.Parameter parameter : method.getParameters()) {
					if (parameter.isAnnotationPresent(RequestBody.class)) {
						collectRecords(parameter.getParameterizedType(), found);
					}
				}
			}
		}
		return found;
	}

	private static void collectRecords(Type type, Set<Class<?>> found) {
		for (Class<?> used : classesIn(type)) {
			if (used.isRecord() && used.getName().startsWith(BASE) && found.add(used)) {
				for (RecordComponent component : used.getRecordComponents()) {
					collectRecords(component.getGenericType(), found);
				}
			}
		}
	}

	/** The classes a generic type names: {@code Mono<ResponseEntity<List<X>>>} names Mono, ResponseEntity, List, X. */
	private static List<Class<?>> classesIn(Type type) {
		List<Class<?>> classes = new ArrayList<>();
		if (type instanceof Class<?> plain) {
			classes.add(plain.isArray() ? plain.getComponentType() : plain);
		}
		else if (type instanceof ParameterizedType parameterized) {
			classes.addAll(classesIn(parameterized.getRawType()));
			for (Type argument : parameterized.getActualTypeArguments()) {
				classes.addAll(classesIn(argument));
			}
		}
		else if (type instanceof WildcardType wildcard) {
			for (Type bound : wildcard.getUpperBounds()) {
				classes.addAll(classesIn(bound));
			}
		}
		return classes;
	}

	private static boolean isElasticsearchType(Class<?> type) {
		String name = type.getName();
		return name.startsWith("co.elastic.") || name.startsWith("org.springframework.data.elasticsearch.")
				|| type.isAnnotationPresent(Document.class);
	}

}
