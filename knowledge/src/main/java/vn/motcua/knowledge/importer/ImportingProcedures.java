package vn.motcua.knowledge.importer;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.motcua.knowledge.procedure.InvalidProcedureException;
import vn.motcua.knowledge.procedure.Procedure;
import vn.motcua.knowledge.procedure.ProcedureJson;
import vn.motcua.knowledge.procedure.ProcedureProblem;
import vn.motcua.knowledge.procedure.ProcedureValidator;
import vn.motcua.knowledge.seed.SeedState;
import vn.motcua.knowledge.seed.SyncingSeeds;
import vn.motcua.knowledge.store.ProcedureStore;
import vn.motcua.knowledge.store.StaleVersionException;

/**
 * Imports procedure records into the store. Every record is read and checked before anything is
 * written, so bad input never leaves a half-done import; a record that fails is reported with its file
 * and field and skipped. A national record whose code a curated procedure (one with a catalogue id,
 * such as a seed) already carries is not imported over it: people checked and rewrote that procedure,
 * and the raw record would undo their work; the report lists it as kept. With {@code replace}, the
 * store ends up holding only what was imported, and seeds are never loaded again.
 */
public class ImportingProcedures {
    private static final int BATCH = 256;
    private final ProcedureStore store;
    private final SeedState seedState;

    public ImportingProcedures(ProcedureStore store, SeedState seedState) {
        this.store = store;
        this.seedState = seedState;
    }

    public ImportReport run(List<Path> paths, boolean replace) {
        long started = System.nanoTime();
        Map<String, Procedure> byNationalCode = new LinkedHashMap<>();
        if (!replace) {
            store.all().stream().filter(p -> p.nationalCode() != null && !p.nationalCode().equals(p.publicId()))
                    .forEach(p -> byNationalCode.putIfAbsent(p.nationalCode(), p));
        }
        Intake intake = new Intake(byNationalCode);
        List<Rejection> unreadable = RecordFiles.read(paths, intake::add);
        intake.convertBatch();
        Map<String, Procedure> accepted = intake.accepted;
        Map<String, RecordLocation> origin = intake.origin;
        List<Rejection> rejected = intake.rejected;
        checkReferences(accepted, origin, rejected, replace);
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        if (unreadable.isEmpty() && !accepted.isEmpty()) {
            if (replace) {
                seedState.save(true, Map.of());
            }
            write(accepted.values(), added, changed, unchanged);
            if (replace) {
                removeOthers(accepted.keySet(), removed);
            }
        }
        return new ImportReport(intake.read, added, changed, unchanged, intake.keptCurated, removed, rejected, unreadable,
                Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * Records as they are read: converted in batches on every core (records are independent) and taken
     * in input order, so thousands of large records are never all held at once.
     */
    private static final class Intake {
        private final Map<String, Procedure> byNationalCode;
        private final List<SourceRecord> batch = new ArrayList<>();
        private final Map<String, Procedure> accepted = new LinkedHashMap<>();
        private final Map<String, RecordLocation> origin = new LinkedHashMap<>();
        private final List<Rejection> rejected = new ArrayList<>();
        private final List<String> keptCurated = new ArrayList<>();
        private int read;

        Intake(Map<String, Procedure> byNationalCode) {
            this.byNationalCode = byNationalCode;
        }

        void add(SourceRecord record) {
            batch.add(record);
            if (batch.size() == BATCH) {
                convertBatch();
            }
        }

        void convertBatch() {
            for (Conversion conversion : batch.parallelStream().map(ImportingProcedures::convert).toList()) {
                if (conversion instanceof Refused refused) {
                    rejected.addAll(refused.problems());
                } else if (conversion instanceof Converted converted) {
                    take(converted);
                }
            }
            read += batch.size();
            batch.clear();
        }

        private void take(Converted converted) {
            Procedure imported = converted.procedure();
            Procedure curated = imported.publicId().equals(imported.nationalCode())
                    ? byNationalCode.get(imported.nationalCode()) : null;
            if (curated != null) {
                keptCurated.add(curated.publicId() + " (" + imported.nationalCode() + ")");
                return;
            }
            Procedure merged = imported;
            RecordLocation earlier = origin.putIfAbsent(merged.publicId(), converted.location());
            if (earlier != null) {
                rejected.add(new Rejection(converted.location(), "id", "trùng mã " + merged.publicId() + " với " + earlier));
            } else {
                accepted.put(merged.publicId(), merged);
            }
        }
    }

    /** One record read: a procedure, or the reasons it cannot be one. */
    private sealed interface Conversion permits Converted, Refused {
    }

    private record Converted(RecordLocation location, Procedure procedure) implements Conversion {
    }

    private record Refused(List<Rejection> problems) implements Conversion {
    }

    private static Conversion convert(SourceRecord record) {
        try {
            Procedure p;
            if (NationalRecord.looksLikeOne(record.json())) {
                p = NationalRecordConverter.convert(NationalRecord.of(record.json()));
            } else if (record.json().isObject() && (record.json().has("id") || record.json().has("name"))) {
                p = ProcedureJson.read(record.json().toString());
            } else {
                throw new InvalidProcedureException("(bản ghi)",
                        "không phải bản ghi của Cổng Dịch vụ công quốc gia (thiếu ma_thu_tuc) hay tệp seed (thiếu id)");
            }
            if ((p.id() == null || p.id().isBlank()) && p.nationalCode() != null) {
                p = p.withId(p.nationalCode());
            }
            List<ProcedureProblem> problems = ProcedureValidator.check(p);
            if (!problems.isEmpty()) {
                throw new InvalidProcedureException(problems);
            }
            return new Converted(record.location(), p);
        } catch (InvalidProcedureException e) {
            return new Refused(e.problems().stream()
                    .map(problem -> new Rejection(record.location(), problem.field(), problem.message())).toList());
        }
    }

    /** Related ids must name a procedure that will be in the knowledge base after the import. */
    private void checkReferences(Map<String, Procedure> accepted, Map<String, RecordLocation> origin,
                                 List<Rejection> rejected, boolean replace) {
        Set<String> known = new HashSet<>(accepted.keySet());
        if (!replace) {
            store.all().forEach(p -> known.add(p.publicId()));
        }
        List<String> broken = new ArrayList<>();
        accepted.forEach((id, p) -> ProcedureValidator.checkReferences(p, known).forEach(problem -> {
            rejected.add(new Rejection(origin.get(id), problem.field(), problem.message()));
            broken.add(id);
        }));
        broken.forEach(accepted::remove);
    }

    private enum Written { ADDED, CHANGED, UNCHANGED }

    /** Each file is forced to disk on its own; writing several at once keeps the disk busy. */
    private void write(Collection<Procedure> procedures, List<String> added, List<String> changed, List<String> unchanged) {
        List<Written> outcomes = procedures.parallelStream().map(this::write).toList();
        Iterator<Procedure> order = procedures.iterator();
        for (Written outcome : outcomes) {
            String id = order.next().publicId();
            switch (outcome) {
                case ADDED -> added.add(id);
                case CHANGED -> changed.add(id);
                case UNCHANGED -> unchanged.add(id);
            }
        }
    }

    private Written write(Procedure p) {
        String id = p.publicId();
        Optional<Procedure> current = store.find(id);
        if (current.isPresent() && SyncingSeeds.fingerprint(current.get()).equals(SyncingSeeds.fingerprint(p))) {
            return Written.UNCHANGED;
        }
        try {
            store.save(p, current.map(Procedure::versionOrZero).orElse(0L));
        } catch (StaleVersionException e) {
            throw new IllegalStateException("procedure " + id + " changed during the import; run it again", e);
        }
        return current.isPresent() ? Written.CHANGED : Written.ADDED;
    }

    private void removeOthers(Set<String> keep, List<String> removed) {
        for (Procedure p : store.all()) {
            if (!keep.contains(p.publicId())) {
                try {
                    if (store.delete(p.publicId(), p.versionOrZero())) {
                        removed.add(p.publicId());
                    }
                } catch (StaleVersionException e) {
                    throw new IllegalStateException("procedure " + p.publicId() + " changed during the import; run it again", e);
                }
            }
        }
    }
}
