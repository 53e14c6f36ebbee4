package nl.ouderbetrokkenheid.portal.events;

import java.util.List;

import nl.ouderbetrokkenheid.portal.system.PortalMapperConfig;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(config = PortalMapperConfig.class)
interface EventsMapper {

	@Mapping(target = "descriptionHtml", source = "descriptionHtml")
	@Mapping(target = "seatsLeft", source = "seatsLeft")
	@Mapping(target = "waitlisted", source = "waitlisted")
	@Mapping(target = "registrationOpen", source = "registrationOpen")
	@Mapping(target = "canManage", source = "canManage")
	EventApi.EventView toView(EventDocument event, String descriptionHtml, Integer seatsLeft, long waitlisted, boolean registrationOpen,
			boolean canManage);

	EventApi.VenueBody toBody(EventDocument.Venue venue);

	EventDocument.Venue toVenue(EventApi.VenueBody venue);

	EventApi.QuestionBody toBody(EventDocument.Question question);

	EventDocument.Question toQuestion(EventApi.QuestionBody question);

	List<EventApi.QuestionBody> toBodies(List<EventDocument.Question> questions);

}
