package cn.fuyuan.desk.meeting;

import static cn.fuyuan.desk.store.Values.blankToNull;

import static cn.fuyuan.desk.store.jooq.Tables.AGENCY;
import static cn.fuyuan.desk.store.jooq.Tables.AGREED_ITEM;
import static cn.fuyuan.desk.store.jooq.Tables.AGREED_ITEM_UNIT;
import static cn.fuyuan.desk.store.jooq.Tables.ITEM_PROGRESS;
import static cn.fuyuan.desk.store.jooq.Tables.MEETING;
import static cn.fuyuan.desk.store.jooq.Tables.MEETING_ATTENDEE;
import static cn.fuyuan.desk.store.jooq.Tables.MEETING_CARRY;
import static cn.fuyuan.desk.store.jooq.Tables.MEETING_TOPIC;
import static cn.fuyuan.desk.store.jooq.Tables.SETTING;

import cn.fuyuan.desk.caseload.CaseNumber;
import cn.fuyuan.desk.i18n.Messages;
import cn.fuyuan.desk.settings.SettingKey;
import cn.fuyuan.desk.store.Audit;
import cn.fuyuan.desk.store.ChildRows;
import cn.fuyuan.desk.store.Database;
import cn.fuyuan.desk.store.Problem;
import cn.fuyuan.desk.store.ValidationException;
import cn.fuyuan.desk.store.jooq.tables.records.AgreedItemRecord;
import cn.fuyuan.desk.store.jooq.tables.records.AgreedItemUnitRecord;
import cn.fuyuan.desk.store.jooq.tables.records.ItemProgressRecord;
import cn.fuyuan.desk.store.jooq.tables.records.MeetingAttendeeRecord;
import cn.fuyuan.desk.store.jooq.tables.records.MeetingCarryRecord;
import cn.fuyuan.desk.store.jooq.tables.records.MeetingRecord;
import cn.fuyuan.desk.store.jooq.tables.records.MeetingTopicRecord;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * Joint meetings in the store. Every write goes through {@link Audit} in one transaction. The rules of
 * the trade live here: numbering, carry-over of open items into the next meeting's first topic
 * 前次议定事项落实情况, the states 筹备 → 已召开 → 纪要已印发 with read-only-after-issue and an explicit
 * reopen, and progress notes that update their item.
 */
public final class MeetingRepository {
    /** The first topic of a meeting that has open items of earlier meetings (document text, not UI text). */
    public static final String FOLLOW_UP_TITLE = "前次议定事项落实情况";

    private final Database db;

    public MeetingRepository(Database db) {
        this.db = db;
    }

    public Database db() {
        return db;
    }

    // ---------------------------------------------------------------- reading

    /** Every meeting, newest first, with attendees, topics, items and carried items. */
    public List<Meeting> list() {
        return load(db.dsl(), DSL.noCondition());
    }

    /** The meetings dated in a year (the white paper's 府院联动 chapter), latest first. */
    public List<Meeting> heldIn(int year) {
        return load(db.dsl(), heldInYear(year));
    }

    /** Held on a day of {@code year}: the one condition of {@link #heldIn} and {@link #heldWithItems}. */
    private static Condition heldInYear(int year) {
        return MEETING.HELD_AT.ge(LocalDate.of(year, 1, 1).atStartOfDay()).and(MEETING.HELD_AT.lt(LocalDate.of(year + 1, 1, 1).atStartOfDay()));
    }

    /**
     * The meetings held in the year ({@link #heldIn}'s, in its order) with their agreed items only: what a year's
     * figures count, without reading every meeting's attendees, topics and carried items.
     */
    public List<HeldMeeting> heldWithItems(int year) {
        Condition held = heldInYear(year);
        // both reads on one connection: the items and their meetings from the same file state, one schema parse
        return db.reading(d -> {
            DSLContext ctx = d.dsl();
            // loadItems joins each item's meeting, so the same condition picks the items of these meetings
            Map<Integer, List<AgreedItem>> items = loadItems(ctx, held).stream()
                    .collect(Collectors.groupingBy(AgreedItem::meetingId, LinkedHashMap::new, Collectors.toList()));
            return ctx.select(MEETING.ID, MEETING.NUMBER, MEETING.TITLE, MEETING.HELD_AT, MEETING.STATE).from(MEETING).where(held)
                    .orderBy(MEETING.HELD_AT.desc(), MEETING.ID.desc())
                    .fetch(r -> new HeldMeeting(r.value1(), r.value2(), r.value3(), r.value4(),
                            MeetingState.valueOf(r.value5()), items.getOrDefault(r.value1(), List.of())));
        });
    }

    public Optional<Meeting> find(int id) {
        return find(db.dsl(), id);
    }

    public static Optional<Meeting> find(DSLContext ctx, int id) {
        return load(ctx, MEETING.ID.eq(id)).stream().findFirst();
    }

    public Optional<Meeting> findByNumber(String number) {
        return load(db.dsl(), MEETING.NUMBER.eq(number.strip())).stream().findFirst();
    }

    /** A meeting by its id (digits) or its number (〔2025〕3号). */
    public Optional<Meeting> findByIdOrNumber(String idOrNumber) {
        String s = idOrNumber.strip();
        if (s.matches("\\d{1,9}")) {
            Optional<Meeting> byId = find(Integer.parseInt(s));
            if (byId.isPresent()) {
                return byId;
            }
        }
        return findByNumber(s);
    }

    /** Every agreed item of every meeting (meeting date, then order), optionally only the open ones. */
    public List<AgreedItem> items(boolean openOnly) {
        Condition c = openOnly ? AGREED_ITEM.STATUS.in(ItemStatus.NOT_STARTED.name(), ItemStatus.IN_PROGRESS.name()) : DSL.noCondition();
        return loadItems(db.dsl(), c);
    }

    /** The open items of the meetings held before {@code heldAt}: what a new meeting on that date carries over. */
    public List<AgreedItem> openItemsBefore(LocalDateTime heldAt) {
        return openItemsBefore(db.dsl(), heldAt, null);
    }

    static List<AgreedItem> openItemsBefore(DSLContext ctx, LocalDateTime heldAt, Integer exceptMeeting) {
        Condition c = AGREED_ITEM.STATUS.in(ItemStatus.NOT_STARTED.name(), ItemStatus.IN_PROGRESS.name())
                .and(MEETING.HELD_AT.lt(heldAt));
        if (exceptMeeting != null) {
            c = c.and(MEETING.ID.ne(exceptMeeting));
        }
        return loadItems(ctx, c);
    }

    public List<Progress> progress(int itemId) {
        return db.dsl().selectFrom(ITEM_PROGRESS).where(ITEM_PROGRESS.ITEM_ID.eq(itemId))
                .orderBy(ITEM_PROGRESS.NOTED_ON, ITEM_PROGRESS.ID)
                .fetch(r -> new Progress(r.getId(), r.getItemId(), r.getMeetingId(), r.getNotedOn(),
                        r.getNote(), ItemStatus.valueOf(r.getStatusAfter())));
    }

    /**
     * What a meeting heard about its carried items, by item: the latest note reported at the meeting, else
     * the latest note dated on or before the meeting's day (so reprinting its minutes later gives the same text).
     */
    public Map<Integer, Progress> progressAt(int meetingId) {
        Map<Integer, Progress> out = new LinkedHashMap<>();
        Meeting m = find(meetingId).orElse(null);
        if (m == null || m.carried().isEmpty()) {
            return out;
        }
        List<Integer> ids = m.carried().stream().map(AgreedItem::id).toList();
        LocalDate day = m.heldAt().toLocalDate();
        // ordered so that a note reported at this meeting comes last and wins
        db.dsl().selectFrom(ITEM_PROGRESS)
                .where(ITEM_PROGRESS.ITEM_ID.in(ids))
                .and(ITEM_PROGRESS.MEETING_ID.eq(meetingId).or(ITEM_PROGRESS.NOTED_ON.le(day)))
                .orderBy(DSL.when(ITEM_PROGRESS.MEETING_ID.eq(meetingId), 1).otherwise(0), ITEM_PROGRESS.NOTED_ON, ITEM_PROGRESS.ID)
                .forEach(r -> out.put(r.getItemId(), new Progress(r.getId(), r.getItemId(), r.getMeetingId(),
                        r.getNotedOn(), r.getNote(), ItemStatus.valueOf(r.getStatusAfter()))));
        return out;
    }

    /** The latest progress note of every item that has one. */
    public Map<Integer, Progress> latestProgress() {
        Map<Integer, Progress> out = new LinkedHashMap<>();
        db.dsl().selectFrom(ITEM_PROGRESS).orderBy(ITEM_PROGRESS.NOTED_ON, ITEM_PROGRESS.ID)
                .forEach(r -> out.put(r.getItemId(), new Progress(r.getId(), r.getItemId(), r.getMeetingId(),
                        r.getNotedOn(), r.getNote(), ItemStatus.valueOf(r.getStatusAfter()))));
        return out;
    }

    public int count() {
        return db.dsl().fetchCount(MEETING);
    }

    static List<Meeting> load(DSLContext ctx, Condition c) {
        List<MeetingRecord> rows = ctx.selectFrom(MEETING).where(c).orderBy(MEETING.HELD_AT.desc(), MEETING.ID.desc()).fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        Set<Integer> ids = rows.stream().map(MeetingRecord::getId).collect(Collectors.toSet());
        String court = courtName(ctx);
        Map<Integer, List<Attendee>> attendees = new LinkedHashMap<>();
        ctx.select(MEETING_ATTENDEE.fields()).select(AGENCY.NAME).from(MEETING_ATTENDEE)
                .leftJoin(AGENCY).on(AGENCY.ID.eq(MEETING_ATTENDEE.AGENCY_ID))
                .where(MEETING_ATTENDEE.MEETING_ID.in(ids))
                .orderBy(MEETING_ATTENDEE.MEETING_ID, MEETING_ATTENDEE.SORT_ORDER, MEETING_ATTENDEE.ID)
                .forEach(r -> attendees.computeIfAbsent(r.get(MEETING_ATTENDEE.MEETING_ID), k -> new ArrayList<>())
                        .add(new Attendee(r.get(MEETING_ATTENDEE.ID), AttendeeRole.valueOf(r.get(MEETING_ATTENDEE.ROLE)),
                                r.get(MEETING_ATTENDEE.PERSON), unit(r.get(MEETING_ATTENDEE.UNIT_KIND),
                                        r.get(MEETING_ATTENDEE.AGENCY_ID), r.get(AGENCY.NAME), r.get(MEETING_ATTENDEE.UNIT_TEXT), court))));
        Map<Integer, List<Topic>> topics = new LinkedHashMap<>();
        ctx.selectFrom(MEETING_TOPIC).where(MEETING_TOPIC.MEETING_ID.in(ids))
                .orderBy(MEETING_TOPIC.MEETING_ID, MEETING_TOPIC.SORT_ORDER, MEETING_TOPIC.ID)
                .forEach(r -> topics.computeIfAbsent(r.getMeetingId(), k -> new ArrayList<>())
                        .add(new Topic(r.getId(), r.getTitle(), r.getMinutes(), r.getFollowUp() == 1)));
        Map<Integer, List<AgreedItem>> items = loadItems(ctx, AGREED_ITEM.MEETING_ID.in(ids)).stream()
                .collect(Collectors.groupingBy(AgreedItem::meetingId, LinkedHashMap::new, Collectors.toList()));
        Map<Integer, List<Integer>> carryIds = new LinkedHashMap<>();
        ctx.selectFrom(MEETING_CARRY).where(MEETING_CARRY.MEETING_ID.in(ids))
                .orderBy(MEETING_CARRY.MEETING_ID, MEETING_CARRY.SORT_ORDER, MEETING_CARRY.ID)
                .forEach(r -> carryIds.computeIfAbsent(r.getMeetingId(), k -> new ArrayList<>()).add(r.getItemId()));
        Map<Integer, AgreedItem> carriedById = new LinkedHashMap<>();
        Set<Integer> allCarried = carryIds.values().stream().flatMap(List::stream).collect(Collectors.toSet());
        if (!allCarried.isEmpty()) {
            loadItems(ctx, AGREED_ITEM.ID.in(allCarried)).forEach(i -> carriedById.put(i.id(), i));
        }
        List<Meeting> out = new ArrayList<>();
        for (MeetingRecord r : rows) {
            List<AgreedItem> carried = carryIds.getOrDefault(r.getId(), List.of()).stream().map(carriedById::get).toList();
            out.add(new Meeting(r.getId(), MeetingKind.valueOf(r.getKind()), r.getYear(), r.getSeq(), r.getNumber(), r.getTitle(),
                    r.getHeldAt(), r.getPlace(), r.getHost(), MeetingState.valueOf(r.getState()), r.getIssuedOn(),
                    attendees.getOrDefault(r.getId(), List.of()), topics.getOrDefault(r.getId(), List.of()),
                    items.getOrDefault(r.getId(), List.of()), carried));
        }
        return out;
    }

    static List<AgreedItem> loadItems(DSLContext ctx, Condition c) {
        List<Record> rows = ctx.select(AGREED_ITEM.fields()).select(MEETING.NUMBER).from(AGREED_ITEM)
                .join(MEETING).on(MEETING.ID.eq(AGREED_ITEM.MEETING_ID))
                .where(c).orderBy(MEETING.HELD_AT, MEETING.ID, AGREED_ITEM.SORT_ORDER, AGREED_ITEM.ID).fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        Set<Integer> ids = rows.stream().map(r -> r.get(AGREED_ITEM.ID)).collect(Collectors.toSet());
        String court = courtName(ctx);
        Map<Integer, List<Unit>> units = new LinkedHashMap<>();
        ctx.select(AGREED_ITEM_UNIT.ITEM_ID, AGREED_ITEM_UNIT.AGENCY_ID, AGENCY.NAME).from(AGREED_ITEM_UNIT)
                .leftJoin(AGENCY).on(AGENCY.ID.eq(AGREED_ITEM_UNIT.AGENCY_ID))
                .where(AGREED_ITEM_UNIT.ITEM_ID.in(ids))
                .orderBy(AGREED_ITEM_UNIT.ITEM_ID, AGREED_ITEM_UNIT.SORT_ORDER, AGREED_ITEM_UNIT.ID)
                .forEach(r -> units.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(r.value2() == null ? Unit.court(court) : Unit.agency(r.value2(), r.value3())));
        List<AgreedItem> out = new ArrayList<>();
        for (Record r : rows) {
            int id = r.get(AGREED_ITEM.ID);
            out.add(new AgreedItem(id, r.get(AGREED_ITEM.MEETING_ID), r.get(MEETING.NUMBER), r.get(AGREED_ITEM.TEXT),
                    units.getOrDefault(id, List.of()), r.get(AGREED_ITEM.DEADLINE), ItemStatus.valueOf(r.get(AGREED_ITEM.STATUS)),
                    r.get(AGREED_ITEM.COMPLETED_ON), r.get(AGREED_ITEM.EVIDENCE_PATH),
                    r.get(AGREED_ITEM.LINKED_CASE_NUMBER), r.get(AGREED_ITEM.LINKED_SUGGESTION_NUMBER)));
        }
        return out;
    }

    private static Unit unit(String kind, Integer agencyId, String agencyName, String text, String court) {
        return switch (Unit.Kind.valueOf(kind)) {
            case AGENCY -> Unit.agency(agencyId, agencyName);
            case COURT -> Unit.court(court);
            case TEXT -> Unit.text(text);
        };
    }

    static String courtName(DSLContext ctx) {
        String v = ctx.select(SETTING.VALUE).from(SETTING).where(SETTING.KEY.eq(SettingKey.COURT_NAME.key())).fetchOne(SETTING.VALUE);
        return v == null || v.isBlank() ? Messages.get("meeting.court") : v.strip();
    }

    static String setting(DSLContext ctx, SettingKey key) {
        String v = ctx.select(SETTING.VALUE).from(SETTING).where(SETTING.KEY.eq(key.key())).fetchOne(SETTING.VALUE);
        return v == null || v.isBlank() ? key.defaultValue() : v;
    }

    // ---------------------------------------------------------------- writing

    /**
     * Saves a new meeting: gives it the next number of its year, and lists under a first topic
     * 前次议定事项落实情况 every open item of the meetings held before it.
     */
    public Meeting create(Meeting draft) {
        return db.write(tx -> create(tx, draft));
    }

    public static Meeting create(DSLContext tx, Meeting draft) {
        if (draft.id() != null) {
            throw new IllegalArgumentException("already saved: " + draft.id());
        }
        validate(draft);
        int year = draft.heldAt().getYear();
        String format = setting(tx, SettingKey.MEETING_NUMBER_FORMAT);
        Integer max = tx.select(DSL.max(MEETING.SEQ)).from(MEETING).where(MEETING.YEAR.eq(year)).fetchOne(0, Integer.class);
        int seq = max == null ? 1 : max + 1;
        String number = MeetingNumbers.format(format, year, seq);
        while (tx.fetchExists(MEETING, MEETING.NUMBER.eq(number))) {
            number = MeetingNumbers.format(format, year, ++seq);
        }
        MeetingRecord r = tx.newRecord(MEETING);
        r.setKind(draft.kind().name());
        r.setYear(year);
        r.setSeq(seq);
        r.setNumber(number);
        fillHeader(r, draft);
        r.setState(MeetingState.PLANNED.name());
        Audit.insert(tx, r);
        int id = r.getId();

        List<AgreedItem> open = openItemsBefore(tx, draft.heldAt(), id);
        List<Topic> topics = new ArrayList<>(draft.topics().stream().filter(t -> !t.followUp()).toList());
        if (!open.isEmpty()) {
            String followMinutes = draft.topics().stream().filter(Topic::followUp).map(Topic::minutes).findFirst().orElse(null);
            topics.add(0, new Topic(null, FOLLOW_UP_TITLE, followMinutes, true));
            int order = 0;
            for (AgreedItem item : open) {
                MeetingCarryRecord c = tx.newRecord(MEETING_CARRY);
                c.setMeetingId(id);
                c.setItemId(item.id());
                c.setSortOrder(order++);
                Audit.insert(tx, c);
            }
        }
        writeChildren(tx, id, draft.attendees(), topics, draft.items());
        return find(tx, id).orElseThrow();
    }

    /** Saves the changes of a meeting already stored. Refused once its minutes are issued. */
    public Meeting save(Meeting m) {
        return db.write(tx -> save(tx, m));
    }

    public static Meeting save(DSLContext tx, Meeting m) {
        MeetingRecord stored = tx.selectFrom(MEETING).where(MEETING.ID.eq(m.id())).fetchOne();
        if (stored == null) {
            throw new ValidationException(Problem.ofField("id", Messages.get("meeting.notFound", m.id())));
        }
        refuseIfIssued(stored);
        validate(m);
        MeetingRules.checkHeld(MeetingState.valueOf(stored.getState()), m.heldAt(), LocalDate.now()).ifPresent(p -> {
            throw new ValidationException(p);
        });
        MeetingRecord r = stored.copy();
        r.setId(stored.getId());
        r.setKind(m.kind().name());
        fillHeader(r, m);
        r.changed(MEETING.ID, false);
        Audit.update(tx, r);
        writeChildren(tx, m.id(), m.attendees(), m.topics(), m.items());
        return find(tx, m.id()).orElseThrow();
    }

    private static void refuseIfIssued(MeetingRecord stored) {
        if (MeetingState.ISSUED.name().equals(stored.getState())) {
            throw new ValidationException(Problem.ofField("state", Messages.get("meeting.readOnlyIssued", stored.getNumber())));
        }
    }

    private static void validate(Meeting m) {
        List<Problem> problems = MeetingRules.check(m);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    private static void fillHeader(MeetingRecord r, Meeting m) {
        r.setTitle(m.title().strip());
        r.setHeldAt(m.heldAt());
        r.setPlace(blankToNull(m.place()));
        r.setHost(blankToNull(m.host()));
    }

    private static void writeChildren(DSLContext tx, int meetingId, List<Attendee> attendees, List<Topic> topics, List<AgreedItem> items) {
        // attendees: update in place, insert new, delete the ones gone
        Map<Integer, MeetingAttendeeRecord> oldA = tx.selectFrom(MEETING_ATTENDEE).where(MEETING_ATTENDEE.MEETING_ID.eq(meetingId))
                .fetchMap(MEETING_ATTENDEE.ID);
        Set<Integer> keptA = new HashSet<>();
        int order = 0;
        for (Attendee a : attendees) {
            MeetingAttendeeRecord r = tx.newRecord(MEETING_ATTENDEE);
            r.setMeetingId(meetingId);
            r.setRole(a.role().name());
            r.setSortOrder(order++);
            r.setPerson(blankToNull(a.person()));
            Unit u = a.unit() == null ? Unit.text(null) : a.unit();
            r.setUnitKind(u.kind().name());
            r.setAgencyId(u.kind() == Unit.Kind.AGENCY ? u.agencyId() : null);
            r.setUnitText(u.kind() == Unit.Kind.TEXT ? blankToNull(u.name()) : null);
            upsert(tx, r, a.id(), oldA.containsKey(a.id()), keptA);
        }
        oldA.forEach((id, rec) -> {
            if (!keptA.contains(id)) {
                Audit.delete(tx, rec);
            }
        });

        // topics: the follow-up topic of a meeting that carries items cannot go
        Map<Integer, MeetingTopicRecord> oldT = tx.selectFrom(MEETING_TOPIC).where(MEETING_TOPIC.MEETING_ID.eq(meetingId))
                .fetchMap(MEETING_TOPIC.ID);
        Set<Integer> keptT = new HashSet<>();
        order = 0;
        for (Topic t : topics) {
            MeetingTopicRecord r = tx.newRecord(MEETING_TOPIC);
            r.setMeetingId(meetingId);
            r.setSortOrder(order++);
            r.setTitle(t.title().strip());
            r.setMinutes(blankToNull(t.minutes()));
            boolean known = oldT.containsKey(t.id());
            r.setFollowUp(known ? oldT.get(t.id()).getFollowUp() : (t.followUp() ? 1 : 0));
            upsert(tx, r, t.id(), known, keptT);
        }
        for (var e : oldT.entrySet()) {
            if (!keptT.contains(e.getKey())) {
                if (e.getValue().getFollowUp() == 1 && tx.fetchExists(MEETING_CARRY, MEETING_CARRY.MEETING_ID.eq(meetingId))) {
                    throw new ValidationException(Problem.ofField("topics", Messages.get("meeting.followUpKept", FOLLOW_UP_TITLE)));
                }
                Audit.delete(tx, e.getValue());
            }
        }

        // items and their units
        Map<Integer, AgreedItemRecord> oldI = tx.selectFrom(AGREED_ITEM).where(AGREED_ITEM.MEETING_ID.eq(meetingId))
                .fetchMap(AGREED_ITEM.ID);
        Set<Integer> keptI = new HashSet<>();
        order = 0;
        for (AgreedItem it : items) {
            AgreedItemRecord r = tx.newRecord(AGREED_ITEM);
            r.setMeetingId(meetingId);
            r.setSortOrder(order++);
            r.setText(it.text().strip());
            r.setDeadline(it.deadline());
            r.setStatus(it.status().name());
            r.setCompletedOn(it.status() == ItemStatus.DONE ? it.completedOn() : null);
            r.setEvidencePath(blankToNull(it.evidencePath()));
            r.setLinkedCaseNumber(it.linkedCaseNumber() == null || it.linkedCaseNumber().isBlank() ? null
                    : CaseNumber.normalise(it.linkedCaseNumber()).orElseThrow());
            r.setLinkedSuggestionNumber(blankToNull(it.linkedSuggestionNumber()));
            int itemId = upsert(tx, r, it.id(), oldI.containsKey(it.id()), keptI);
            writeUnits(tx, itemId, it.units());
        }
        for (var e : oldI.entrySet()) {
            if (!keptI.contains(e.getKey())) {
                int itemId = e.getKey();
                if (tx.fetchExists(ITEM_PROGRESS, ITEM_PROGRESS.ITEM_ID.eq(itemId))
                        || tx.fetchExists(MEETING_CARRY, MEETING_CARRY.ITEM_ID.eq(itemId))) {
                    throw new ValidationException(Problem.ofField("items", Messages.get("meeting.itemInUse", e.getValue().getText())));
                }
                ChildRows.delete(tx, AGREED_ITEM_UNIT, AGREED_ITEM_UNIT.ITEM_ID, itemId);
                Audit.delete(tx, e.getValue());
            }
        }
    }

    private static void writeUnits(DSLContext tx, int itemId, List<Unit> units) {
        List<AgreedItemUnitRecord> old = tx.selectFrom(AGREED_ITEM_UNIT).where(AGREED_ITEM_UNIT.ITEM_ID.eq(itemId))
                .orderBy(AGREED_ITEM_UNIT.SORT_ORDER, AGREED_ITEM_UNIT.ID).fetch();
        List<Integer> wanted = new ArrayList<>();
        for (Unit u : units) {
            Integer agency = u.kind() == Unit.Kind.AGENCY ? u.agencyId() : null;
            if (!wanted.contains(agency)) {
                wanted.add(agency);
            }
        }
        List<Integer> have = old.stream().map(AgreedItemUnitRecord::getAgencyId).toList();
        if (have.equals(wanted)) {
            return;
        }
        List<AgreedItemUnitRecord> rows = new ArrayList<>();
        int order = 0;
        for (Integer agency : wanted) {
            AgreedItemUnitRecord r = tx.newRecord(AGREED_ITEM_UNIT);
            r.setItemId(itemId);
            r.setAgencyId(agency);
            r.setSortOrder(order++);
            rows.add(r);
        }
        ChildRows.replace(tx, old, rows);
    }

    private static <R extends org.jooq.UpdatableRecord<R>> int upsert(DSLContext tx, R r, Integer id, boolean known, Set<Integer> kept) {
        org.jooq.Field<Integer> idField = r.getTable().getPrimaryKey().getFieldsArray()[0].coerce(Integer.class);
        @SuppressWarnings("unchecked")
        org.jooq.TableField<R, Integer> key = (org.jooq.TableField<R, Integer>) r.getTable().getPrimaryKey().getFieldsArray()[0];
        if (known) {
            r.set(key, id);
            r.changed(key, false);
            Audit.update(tx, r);
            kept.add(id);
            return id;
        }
        Audit.insert(tx, r);
        return r.get(idField);
    }

    /** 筹备 → 已召开 → 纪要已印发 (issuing sets the issue date). Returns the meeting in its new state. */
    public Meeting advance(int id, LocalDate today) {
        return db.write(tx -> advance(tx, id, today));
    }

    public static Meeting advance(DSLContext tx, int id, LocalDate today) {
        {
            MeetingRecord stored = fetch(tx, id);
            MeetingState now = MeetingState.valueOf(stored.getState());
            MeetingRecord r = stored.copy();
            r.setId(id);
            r.changed(MEETING.ID, false);
            switch (now) {
                case PLANNED -> {
                    MeetingRules.checkHeld(MeetingState.HELD, stored.getHeldAt(), today).ifPresent(p -> {
                        throw new ValidationException(p);
                    });
                    r.setState(MeetingState.HELD.name());
                }
                case HELD -> {
                    r.setState(MeetingState.ISSUED.name());
                    r.setIssuedOn(today);
                }
                case ISSUED -> refuseIfIssued(stored);
            }
            Audit.update(tx, r);
            return find(tx, id).orElseThrow();
        }
    }

    /** Takes an issued meeting back to 已召开 so it can be corrected; the history keeps the change. */
    public Meeting reopen(int id) {
        return db.write(tx -> {
            MeetingRecord stored = fetch(tx, id);
            if (!MeetingState.ISSUED.name().equals(stored.getState())) {
                throw new ValidationException(Problem.ofField("state", Messages.get("meeting.notIssued", stored.getNumber())));
            }
            MeetingRecord r = stored.copy();
            r.setId(id);
            r.changed(MEETING.ID, false);
            r.setState(MeetingState.HELD.name());
            r.setIssuedOn(null);
            Audit.update(tx, r);
            return find(tx, id).orElseThrow();
        });
    }

    /** Deletes a meeting still in preparation, with everything it holds (each row audited). */
    public void delete(int id) {
        db.writeVoid(tx -> {
            MeetingRecord stored = fetch(tx, id);
            if (!MeetingState.PLANNED.name().equals(stored.getState())) {
                throw new ValidationException(Problem.ofField("state", Messages.get("meeting.deleteOnlyPlanned", stored.getNumber())));
            }
            List<Integer> itemIds = tx.select(AGREED_ITEM.ID).from(AGREED_ITEM).where(AGREED_ITEM.MEETING_ID.eq(id)).fetch(AGREED_ITEM.ID);
            if (!itemIds.isEmpty() && (tx.fetchExists(MEETING_CARRY, MEETING_CARRY.ITEM_ID.in(itemIds))
                    || tx.fetchExists(ITEM_PROGRESS, ITEM_PROGRESS.ITEM_ID.in(itemIds)))) {
                throw new ValidationException(Problem.ofField("items", Messages.get("meeting.deleteInUse", stored.getNumber())));
            }
            ChildRows.delete(tx, MEETING_CARRY, MEETING_CARRY.MEETING_ID, id);
            ChildRows.delete(tx, ITEM_PROGRESS, ITEM_PROGRESS.MEETING_ID, id);
            if (!itemIds.isEmpty()) {
                tx.selectFrom(AGREED_ITEM_UNIT).where(AGREED_ITEM_UNIT.ITEM_ID.in(itemIds)).fetch().forEach(r -> Audit.delete(tx, r));
            }
            ChildRows.delete(tx, AGREED_ITEM, AGREED_ITEM.MEETING_ID, id);
            ChildRows.delete(tx, MEETING_TOPIC, MEETING_TOPIC.MEETING_ID, id);
            ChildRows.delete(tx, MEETING_ATTENDEE, MEETING_ATTENDEE.MEETING_ID, id);
            Audit.delete(tx, stored);
        });
    }

    private static MeetingRecord fetch(DSLContext tx, int id) {
        MeetingRecord stored = tx.selectFrom(MEETING).where(MEETING.ID.eq(id)).fetchOne();
        if (stored == null) {
            throw new ValidationException(Problem.ofField("id", Messages.get("meeting.notFound", id)));
        }
        return stored;
    }

    /**
     * Records progress on an item, possibly at a later meeting (its follow-up topic): the note is kept with
     * its date, and the item takes the new status; 已办结 closes it with the note's date as completion date.
     * Allowed whatever the state of the meetings (progress is the one thing an issued meeting still takes).
     */
    public AgreedItem recordProgress(int itemId, Integer atMeeting, LocalDate notedOn, String note, ItemStatus status) {
        return db.write(tx -> recordProgress(tx, itemId, atMeeting, notedOn, note, status));
    }

    public static AgreedItem recordProgress(DSLContext tx, int itemId, Integer atMeeting, LocalDate notedOn, String note, ItemStatus status) {
        List<Problem> problems = new ArrayList<>();
        if (notedOn == null) {
            problems.add(Problem.ofField("notedOn", Messages.get("validation.required", Messages.get("meeting.progress.date"))));
        }
        if (note == null || note.isBlank()) {
            problems.add(Problem.ofField("note", Messages.get("validation.required", Messages.get("meeting.progress.note"))));
        }
        if (status == null) {
            problems.add(Problem.ofField("status", Messages.get("validation.required", Messages.get("meeting.item.status"))));
        }
        AgreedItemRecord item = tx.selectFrom(AGREED_ITEM).where(AGREED_ITEM.ID.eq(itemId)).fetchOne();
        if (item == null) {
            problems.add(Problem.ofField("item", Messages.get("meeting.itemNotFound", itemId)));
        } else if (atMeeting != null && !atMeeting.equals(item.getMeetingId())
                && !tx.fetchExists(MEETING_CARRY, MEETING_CARRY.MEETING_ID.eq(atMeeting).and(MEETING_CARRY.ITEM_ID.eq(itemId)))) {
            problems.add(Problem.ofField("meeting", Messages.get("meeting.itemNotCarried", item.getText())));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        ItemProgressRecord p = tx.newRecord(ITEM_PROGRESS);
        p.setItemId(itemId);
        p.setMeetingId(atMeeting);
        p.setNotedOn(notedOn);
        p.setNote(note.strip());
        p.setStatusAfter(status.name());
        Audit.insert(tx, p);
        AgreedItemRecord r = item.copy();
        r.setId(itemId);
        r.changed(AGREED_ITEM.ID, false);
        r.setStatus(status.name());
        r.setCompletedOn(status == ItemStatus.DONE ? notedOn : null);
        Audit.update(tx, r);
        return loadItems(tx, AGREED_ITEM.ID.eq(itemId)).get(0);
    }

    /** Sets the evidence (attachment path) of an item: allowed after issue, as part of its progress. */
    public AgreedItem setEvidence(int itemId, String path) {
        return db.write(tx -> {
            AgreedItemRecord item = tx.selectFrom(AGREED_ITEM).where(AGREED_ITEM.ID.eq(itemId)).fetchOne();
            if (item == null) {
                throw new ValidationException(Problem.ofField("item", Messages.get("meeting.itemNotFound", itemId)));
            }
            AgreedItemRecord r = item.copy();
            r.setId(itemId);
            r.changed(AGREED_ITEM.ID, false);
            r.setEvidencePath(blankToNull(path));
            Audit.update(tx, r);
            return loadItems(tx, AGREED_ITEM.ID.eq(itemId)).get(0);
        });
    }


    /** Items ordered by deadline (none last), then meeting, for boards and the 督办表. */
    public static Comparator<AgreedItem> byDeadline() {
        return Comparator.comparing(AgreedItem::deadline, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(AgreedItem::meetingNumber, Comparator.nullsLast(Comparator.naturalOrder()));
    }
}
