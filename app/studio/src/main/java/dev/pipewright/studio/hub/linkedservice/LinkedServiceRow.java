package dev.pipewright.studio.hub.linkedservice;

/** A row of Manage › Linked services: name, type, the IR it connects via, and what uses it. */
public record LinkedServiceRow(String name, String type, String connectVia, String related) {
}
