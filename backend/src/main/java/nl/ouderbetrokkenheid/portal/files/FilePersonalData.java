package nl.ouderbetrokkenheid.portal.files;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.identity.PersonalDataHolder;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * The files a person uploaded, in their data export. On account erasure the files stay with what they are attached
 * to (an item belongs to the catalogue; an author's articles and their files go with the articles' own erasure), but
 * nothing says any more who uploaded them.
 */
@Component
@RequiredArgsConstructor
class FilePersonalData implements PersonalDataHolder {

	private final Attachments attachments;

	@Override
	public String section() {
		return "files";
	}

	@Override
	public Mono<Object> export(String subject) {
		return this.attachments.uploadedBy(subject).map(file -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("name", file.getName());
			entry.put("contentType", file.getContentType());
			entry.put("size", file.getSize());
			entry.put("attachedTo", file.getOwner());
			entry.put("uploadedAt", String.valueOf(file.getCreatedAt()));
			return (Object) entry;
		}).collectList().map(list -> (Object) list).defaultIfEmpty(List.of());
	}

	@Override
	public Mono<Void> erase(String subject) {
		return this.attachments.uploadedBy(subject).concatMap(this.attachments::forget).then();
	}

}
