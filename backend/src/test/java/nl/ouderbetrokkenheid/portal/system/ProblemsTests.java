package nl.ouderbetrokkenheid.portal.system;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemsTests {

	private static final ValidatorFactory factory = Validation.buildDefaultValidatorFactory();

	private static final Validator validator = factory.getValidator();

	record Form(@NotNull String kind, @Size(min = 3, max = 10) String name, @Size(min = 2, max = 4) List<String> tags,
			@NotEmpty List<String> sectors, @Pattern(regexp = "https://\\S+") String url, @Max(9) int count) {
	}

	@AfterAll
	static void close() {
		factory.close();
	}

	@Test
	void eachConstraintGivesItsCodeAndTheLimitThatWasBroken() {
		Form form = new Form(null, "ab", List.of("one"), List.of(), "http://x", 10);

		Map<String, Problems.FieldError> errors = byField(Problems.fieldErrors(validator.validate(form)));

		assertThat(errors.get("kind").code()).isEqualTo(Problems.Code.REQUIRED);
		assertThat(errors.get("name")).extracting("code", "min", "max")
			.containsExactly(Problems.Code.TOO_SHORT, 3L, null);
		assertThat(errors.get("tags")).extracting("code", "min", "max")
			.containsExactly(Problems.Code.TOO_FEW, 2L, null);
		assertThat(errors.get("sectors").code()).isEqualTo(Problems.Code.REQUIRED);
		assertThat(errors.get("url").code()).isEqualTo(Problems.Code.INVALID_FORMAT);
		assertThat(errors.get("count")).extracting("code", "min", "max")
			.containsExactly(Problems.Code.OUT_OF_RANGE, null, 9L);
	}

	@Test
	void tooLongTextAndTooManyValuesNameTheirMaximum() {
		Form form = new Form("x", "far too long a name", List.of("a", "b", "c", "d", "e"), List.of("s"), null, 0);

		Map<String, Problems.FieldError> errors = byField(Problems.fieldErrors(validator.validate(form)));

		assertThat(errors.get("name")).extracting("code", "max").containsExactly(Problems.Code.TOO_LONG, 10L);
		assertThat(errors.get("tags")).extracting("code", "max").containsExactly(Problems.Code.TOO_MANY, 4L);
	}

	@Test
	void codesAreWrittenAsStableWordsAndAbsentLimitsAreLeftOut() {
		String json = JsonMapper.builder()
			.build()
			.writeValueAsString(new Problems.FieldError("endsAt", Problems.Code.ENDS_BEFORE_START, "must be after"));

		assertThat(json)
			.isEqualTo("{\"field\":\"endsAt\",\"code\":\"ends-before-start\",\"message\":\"must be after\"}");
	}

	private static Map<String, Problems.FieldError> byField(List<Problems.FieldError> errors) {
		assertThat(errors).extracting(Problems.FieldError::field).doesNotHaveDuplicates();
		return errors.stream().collect(Collectors.toMap(Problems.FieldError::field, error -> error));
	}

}
