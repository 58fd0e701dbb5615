package dev.pipewright.core.refs;

import dev.pipewright.core.factory.ResourceId;

/**
 * One reference from a resource to another: a {@code {"referenceName": ..., "type": "XxxReference"}}
 * object at {@code pointer} in the source's file.
 */
public record Reference(ResourceId from, ResourceId to, String pointer) {
}
