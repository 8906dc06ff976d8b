package io.jifen.imports.batch;

import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Splits a file's rows by customer: each partition applies the rows of its own customers, in file
 * order, so no two partitions ever wait for one account, and a customer's reversal follows the
 * accrual it takes back.
 */
@Dependent
@Named("customerPartitions")
public class CustomerPartitions implements PartitionMapper {
    public static final String PARTITION = "partition";
    public static final String PARTITIONS = "partitions";

    @Inject
    @ConfigProperty(name = "jifen.batch.partitions", defaultValue = "2")
    int partitions;

    @Override
    public PartitionPlan mapPartitions() {
        PartitionPlanImpl plan = new PartitionPlanImpl();
        int count = Math.max(1, partitions);
        plan.setPartitions(count);
        plan.setThreads(count);
        Properties[] properties = new Properties[count];
        for (int i = 0; i < count; i++) {
            properties[i] = new Properties();
            properties[i].setProperty(PARTITION, String.valueOf(i));
            properties[i].setProperty(PARTITIONS, String.valueOf(count));
        }
        plan.setPartitionProperties(properties);
        return plan;
    }

    /** The partition a customer's rows belong to. */
    public static int of(String customerKey, int partitions) {
        return Math.floorMod(customerKey.hashCode(), partitions);
    }
}
