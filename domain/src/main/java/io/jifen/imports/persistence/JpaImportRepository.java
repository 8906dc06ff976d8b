package io.jifen.imports.persistence;

import io.jifen.imports.ImportCustomer;
import io.jifen.imports.ImportFile;
import io.jifen.imports.ImportFileSort;
import io.jifen.imports.ImportReject;
import io.jifen.imports.ImportRepository;
import io.jifen.imports.ImportStatus;
import io.jifen.imports.LevelMove;
import io.jifen.customers.StarLevel;
import io.jifen.imports.UnknownImportFileException;
import io.jifen.shared.Sorting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaImportRepository implements ImportRepository {
    @PersistenceContext(unitName = "jifen")
    EntityManager em;

    @Override
    public void claim(ImportFile file) {
        em.persist(file);
        em.flush();
    }

    @Override
    public Optional<ImportFile> find(String fileId) {
        return Optional.ofNullable(em.find(ImportFile.class, fileId));
    }

    @Override
    public Optional<ImportFile> findBySha256(String sha256) {
        return em.createQuery("select f from ImportFile f where f.sha256 = :sha", ImportFile.class)
                .setParameter("sha", sha256).getResultStream().findFirst();
    }

    @Override
    public ImportFile lock(String fileId) {
        ImportFile file = em.find(ImportFile.class, fileId, LockModeType.PESSIMISTIC_WRITE);
        if (file == null) {
            throw new UnknownImportFileException(fileId);
        }
        em.refresh(file);
        return file;
    }

    @Override
    public List<ImportFile> files(Sorting<ImportFileSort> sorting, int offset, int limit) {
        return em.createQuery("select f from ImportFile f" + ImportFileSort.orderBy(sorting), ImportFile.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("select count(f) from ImportFile f", Long.class).getSingleResult();
    }

    @Override
    public List<ImportFile> underWay() {
        return em.createQuery("select f from ImportFile f where f.status in :statuses order by f.receivedAt", ImportFile.class)
                .setParameter("statuses", List.of(ImportStatus.RECEIVED, ImportStatus.CHECKING, ImportStatus.RUNNING))
                .getResultList();
    }

    @Override
    public void addProgress(String fileId, long done, long applied, long already, List<ImportReject> rejects,
                            java.util.Collection<String> customersTouched) {
        rejects.forEach(em::persist);
        customersTouched.forEach(customer -> em.persist(new ImportCustomer(fileId, customer)));
        em.flush();
        em.createQuery("update ImportFile f set f.rowsDone = f.rowsDone + :done, f.rowsApplied = f.rowsApplied + :applied,"
                        + " f.rowsAlready = f.rowsAlready + :already, f.rowsRejected = f.rowsRejected + :rejected"
                        + " where f.id = :id")
                .setParameter("done", done).setParameter("applied", applied).setParameter("already", already)
                .setParameter("rejected", (long) rejects.size()).setParameter("id", fileId).executeUpdate();
    }

    @Override
    public long rejectedSoFar(String fileId) {
        return em.createQuery("select f.rowsRejected from ImportFile f where f.id = :id", Long.class)
                .setParameter("id", fileId).getSingleResult();
    }

    @Override
    public List<String> customersTouched(String fileId, String afterCustomer, int limit) {
        return em.createQuery("select distinct c.customerId from ImportCustomer c where c.fileId = :id"
                        + " and c.customerId > :after order by c.customerId", String.class)
                .setParameter("id", fileId).setParameter("after", afterCustomer).setMaxResults(limit).getResultList();
    }

    @Override
    public List<ImportReject> rejects(String fileId, long afterLine, int limit) {
        return em.createQuery("select r from ImportReject r where r.fileId = :id and r.lineNo > :after order by r.lineNo",
                        ImportReject.class)
                .setParameter("id", fileId).setParameter("after", afterLine).setMaxResults(limit).getResultList();
    }

    @Override
    public void addLevelMoves(String fileId, java.util.Map<LevelMove, Long> moves) {
        moves.forEach((move, customers) -> em.createNativeQuery(
                        "insert into import_level_move (file_id, level_before, level_after, customers) values (?, ?, ?, ?)")
                .setParameter(1, fileId).setParameter(2, move.before().number()).setParameter(3, move.after().number())
                .setParameter(4, customers).executeUpdate());
    }

    @Override
    public java.util.Map<LevelMove, Long> levelMoves(String fileId) {
        java.util.Map<LevelMove, Long> moves = new java.util.TreeMap<>();
        for (Object row : em.createNativeQuery("select level_before, level_after, sum(customers) from import_level_move"
                + " where file_id = ? group by level_before, level_after").setParameter(1, fileId).getResultList()) {
            Object[] columns = (Object[]) row;
            moves.put(new LevelMove(StarLevel.ofNumber(((Number) columns[0]).intValue()),
                    StarLevel.ofNumber(((Number) columns[1]).intValue())), ((Number) columns[2]).longValue());
        }
        return moves;
    }

    @Override
    public java.util.Map<ImportStatus, Long> countByStatus() {
        java.util.Map<ImportStatus, Long> counts = new java.util.EnumMap<>(ImportStatus.class);
        for (Object[] row : em.createQuery("select f.status, count(f) from ImportFile f group by f.status", Object[].class)
                .getResultList()) {
            counts.put((ImportStatus) row[0], (Long) row[1]);
        }
        return counts;
    }
}
