/**
 * Files attached to what other features own (a catalogue item, an article, later an ISOP dossier): received from an
 * upload, their type read from their content, their text extracted with bounds, the bytes kept in a blob store (a
 * directory locally, an S3-compatible object store in production) and downloaded as attachments. The owning feature
 * decides who may attach, see and download; {@link nl.ouderbetrokkenheid.portal.files.Attachments} is what it calls.
 */
package nl.ouderbetrokkenheid.portal.files;
