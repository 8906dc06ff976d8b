/**
 * The Jakarta Batch artifacts of the import jobs (META-INF/batch-jobs): a check of the whole file
 * before anything is applied, then a chunk step partitioned by customer, so partitions never wait
 * for one account, whose checkpoint commits together with the file's counters and rejects.
 */
package io.jifen.imports.batch;
