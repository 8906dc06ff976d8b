package db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The tables in which Liberty's Jakarta Batch keeps its job repository (instances, executions,
 * step executions and their checkpoints), in the application's database so an import survives a
 * restart and every server sees every job. Liberty could create them itself, but with identity
 * keys its DDL for PostgreSQL leaves the key columns without a type (EclipseLink 5.0) and its H2
 * dialect asks for IDENTITY(), which H2 2 no longer has; so the schema stays Flyway's, as the rest
 * of it is, with keys from a sequence. The layout is what Liberty writes with
 * keyGenerationStrategy="SEQUENCE" and table prefix JBATCH_ (server.xml), binary columns typed per
 * database.
 */
public class V16__batch_job_repository extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws Exception {
        String product = context.getConnection().getMetaData().getDatabaseProductName().toLowerCase();
        boolean postgres = product.contains("postgres");
        String bytes = postgres ? "BYTEA" : "VARBINARY";
        // ids from one sequence in blocks of 50 (server.xml's keyGenerationStrategy="SEQUENCE"), as Liberty lays it out
        String id = "BIGINT NOT NULL";
        try (Statement sql = context.getConnection().createStatement()) {
            sql.execute("CREATE SEQUENCE JBATCH_SEQ START WITH 50 INCREMENT BY 50");
            sql.execute("CREATE TABLE JBATCH_JOBINSTANCE (JOBINSTANCEID " + id + ", AMCNAME VARCHAR(512),"
                    + " BATCHSTATUS INTEGER NOT NULL, CREATETIME TIMESTAMP NOT NULL, EXITSTATUS VARCHAR(512),"
                    + " INSTANCESTATE INTEGER NOT NULL, JOBNAME VARCHAR(256), JOBXMLNAME VARCHAR(128), JOBXML " + bytes + ","
                    + " NUMEXECS INTEGER NOT NULL, RESTARTON VARCHAR(128), SUBMITTER VARCHAR(256), UPDATETIME TIMESTAMP,"
                    + " PRIMARY KEY (JOBINSTANCEID))");
            sql.execute("CREATE TABLE JBATCH_JOBEXECUTION (JOBEXECID " + id + ", BATCHSTATUS INTEGER NOT NULL,"
                    + " CREATETIME TIMESTAMP NOT NULL, ENDTIME TIMESTAMP, EXECNUM INTEGER NOT NULL, EXITSTATUS VARCHAR(512),"
                    + " JOBPARAMETERS " + bytes + ", UPDATETIME TIMESTAMP, LOGPATH VARCHAR(512), RESTURL VARCHAR(512),"
                    + " SERVERID VARCHAR(256), STARTTIME TIMESTAMP, FK_JOBINSTANCEID BIGINT NOT NULL, PRIMARY KEY (JOBEXECID),"
                    + " CONSTRAINT FK_JBATCH_JOBEXECUTION_FK_JOBINSTANCEID FOREIGN KEY (FK_JOBINSTANCEID)"
                    + " REFERENCES JBATCH_JOBINSTANCE (JOBINSTANCEID))");
            sql.execute("CREATE INDEX JBATCH_JE_FKINSTANCEID_IX ON JBATCH_JOBEXECUTION (FK_JOBINSTANCEID)");
            sql.execute("CREATE TABLE JBATCH_STEPTHREADEXECUTION (STEPEXECID " + id + ", THREADTYPE VARCHAR(31),"
                    + " BATCHSTATUS INTEGER NOT NULL, M_COMMIT BIGINT NOT NULL, ENDTIME TIMESTAMP, EXITSTATUS VARCHAR(512),"
                    + " M_FILTER BIGINT NOT NULL, INTERNALSTATUS INTEGER NOT NULL, PARTNUM INTEGER NOT NULL, USERDATA " + bytes + ","
                    + " M_PROCESSSKIP BIGINT NOT NULL, M_READ BIGINT NOT NULL, M_READSKIP BIGINT NOT NULL,"
                    + " M_ROLLBACK BIGINT NOT NULL, STARTTIME TIMESTAMP, STEPNAME VARCHAR(128) NOT NULL,"
                    + " M_WRITE BIGINT NOT NULL, M_WRITESKIP BIGINT NOT NULL, FK_JOBEXECID BIGINT NOT NULL,"
                    + " FK_TOPLVL_STEPEXECID BIGINT, ISPARTITIONEDSTEP BOOLEAN, PRIMARY KEY (STEPEXECID),"
                    + " CONSTRAINT UNQ_JBATCH_STEPTHREADEXECUTION_0 UNIQUE (FK_JOBEXECID, STEPNAME, PARTNUM),"
                    + " CONSTRAINT FK_JBATCH_STEPTHREADEXECUTION_FK_JOBEXECID FOREIGN KEY (FK_JOBEXECID)"
                    + " REFERENCES JBATCH_JOBEXECUTION (JOBEXECID),"
                    + " CONSTRAINT FK_JBATCH_STEPTHREADEXECUTION_FK_TOPLVL_STEPEXECID FOREIGN KEY (FK_TOPLVL_STEPEXECID)"
                    + " REFERENCES JBATCH_STEPTHREADEXECUTION (STEPEXECID))");
            sql.execute("CREATE INDEX JBATCH_STE_FKTOPLVL_IX ON JBATCH_STEPTHREADEXECUTION (FK_TOPLVL_STEPEXECID)");
            sql.execute("CREATE TABLE JBATCH_STEPTHREADINSTANCE (PARTNUM INTEGER NOT NULL, STEPNAME VARCHAR(128) NOT NULL,"
                    + " THREADTYPE VARCHAR(31), CHECKPOINTDATA " + bytes + ", FK_JOBINSTANCEID BIGINT NOT NULL,"
                    + " FK_LATEST_STEPEXECID BIGINT NOT NULL, PARTITIONED BOOLEAN, PARTITIONPLANSIZE INTEGER,"
                    + " STARTCOUNT INTEGER, PRIMARY KEY (PARTNUM, STEPNAME, FK_JOBINSTANCEID),"
                    + " CONSTRAINT FK_JBATCH_STEPTHREADINSTANCE_FK_JOBINSTANCEID FOREIGN KEY (FK_JOBINSTANCEID)"
                    + " REFERENCES JBATCH_JOBINSTANCE (JOBINSTANCEID),"
                    + " CONSTRAINT FK_JBATCH_STEPTHREADINSTANCE_FK_LATEST_STEPEXECID FOREIGN KEY (FK_LATEST_STEPEXECID)"
                    + " REFERENCES JBATCH_STEPTHREADEXECUTION (STEPEXECID))");
            sql.execute("CREATE INDEX JBATCH_STI_FKINSTANCEID_IX ON JBATCH_STEPTHREADINSTANCE (FK_JOBINSTANCEID)");
            sql.execute("CREATE INDEX JBATCH_STI_FKLATEST_SEI_IX ON JBATCH_STEPTHREADINSTANCE (FK_LATEST_STEPEXECID)");
            sql.execute("CREATE TABLE JBATCH_REMOTABLEPARTITION (PARTNUM INTEGER NOT NULL, STEPNAME VARCHAR(255) NOT NULL,"
                    + " INTERNALSTATE INTEGER, LASTUPDATED TIMESTAMP, LOGPATH VARCHAR(512), RESTURL VARCHAR(512),"
                    + " SERVERID VARCHAR(256), FK_JOBEXECUTIONID BIGINT NOT NULL, FK_STEPEXECUTIONID BIGINT,"
                    + " PRIMARY KEY (PARTNUM, STEPNAME, FK_JOBEXECUTIONID),"
                    + " CONSTRAINT FK_JBATCH_REMOTABLEPARTITION_FK_STEPEXECUTIONID FOREIGN KEY (FK_STEPEXECUTIONID)"
                    + " REFERENCES JBATCH_STEPTHREADEXECUTION (STEPEXECID))");
            sql.execute("CREATE TABLE JBATCH_GROUPASSOCIATION (FK_JOBINSTANCEID BIGINT, GROUPNAMES VARCHAR(255),"
                    + " CONSTRAINT FK_JBATCH_GROUPASSOCIATION_FK_JOBINSTANCEID FOREIGN KEY (FK_JOBINSTANCEID)"
                    + " REFERENCES JBATCH_JOBINSTANCE (JOBINSTANCEID))");
            sql.execute("CREATE INDEX JBATCH_GA_FKINSTANCEID_IX ON JBATCH_GROUPASSOCIATION (FK_JOBINSTANCEID)");
            // job parameters as rows too; Liberty names a column VALUE, which H2 2 reserves unless the URL
            // says NON_KEYWORDS=VALUE (the server's default H2 URL does), so it is quoted here for H2
            sql.execute("CREATE TABLE JBATCH_JOBPARAMETER (NAME VARCHAR(255), " + (postgres ? "VALUE" : "\"VALUE\"")
                    + " VARCHAR(255), FK_JOBEXECID BIGINT, CONSTRAINT FK_JBATCH_JOBPARAMETER_FK_JOBEXECID"
                    + " FOREIGN KEY (FK_JOBEXECID) REFERENCES JBATCH_JOBEXECUTION (JOBEXECID))");
            sql.execute("CREATE INDEX JBATCH_JP_FKJOBEXECID_IX ON JBATCH_JOBPARAMETER (FK_JOBEXECID)");
        }
    }
}
