/**
 * The field type of the distribution's mapper-extras module that the server's own system indices need: the synonyms API
 * stores its rules in a {@code match_only_text} field.
 */
package nl.ouderbetrokkenheid.esnode.mapper;
