package cn.fuyuan.desk;

public final class Main {
    public static void main(String[] args) {
        System.out.println(cn.fuyuan.desk.store.jooq.Tables.AGENCY.getName());
    }
}
