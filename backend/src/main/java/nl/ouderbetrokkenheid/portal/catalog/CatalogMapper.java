package nl.ouderbetrokkenheid.portal.catalog;

import nl.ouderbetrokkenheid.portal.system.PortalMapperConfig;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(config = PortalMapperConfig.class)
interface CatalogMapper {

	/** The item with its body's HTML, which is rendered when shown rather than stored. */
	@Mapping(target = "bodyHtml", source = "html")
	@Mapping(target = "attachments", expression = "java(attachments(item))")
	ItemView toView(ItemDocument item, String html);

	default java.util.List<ItemView.AttachmentView> attachments(ItemDocument item) {
		if (item.getAttachments() == null) {
			return java.util.List.of();
		}
		return item.getAttachments()
			.stream()
			.map(file -> new ItemView.AttachmentView(file.id(), file.name(), file.contentType(), file.size(),
					file.pages(), "/api/items/" + item.getSlug() + "/files/" + file.id()))
			.toList();
	}

	ItemView.LinkView toView(ItemDocument.Link link);

}
