/**
 * A local OpenSearch cluster for trying the cluster backend and for its tests: each node a child
 * JVM on loopback, started from Maven Central's OpenSearch jars.
 */
package newsearch.cluster;
