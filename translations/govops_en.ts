<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>govops::admin::Commands</name>
    <message numerus="yes">
        <location filename="../app/admin/Commands.cpp" line="+499"/>
        <source>Recorded: ticket %1, %2 #%3, %4; %n person(s) told.</source>
        <translation>
            <numerusform>Recorded: ticket %1, %2 #%3, %4; %n person told.</numerusform>
            <numerusform>Recorded: ticket %1, %2 #%3, %4; %n people told.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+96"/>
        <source>Wrote %n return visit(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n return visit to %1.</numerusform>
            <numerusform>Wrote %n return visits to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>govops::iaas::OpenStackClient</name>
    <message numerus="yes">
        <location filename="../modules/iaas/OpenStackClient.cpp" line="+299"/>
        <source>%1: %n received</source>
        <translation>
            <numerusform>%1: %n received</numerusform>
            <numerusform>%1: %n received</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>govops::sla::HandoverDialog</name>
    <message numerus="yes">
        <location filename="../modules/sla/HandoverDialog.cpp" line="+262"/>
        <source>Handed %n ticket(s) over to %1.</source>
        <translation>
            <numerusform>Handed %n ticket over to %1.</numerusform>
            <numerusform>Handed %n tickets over to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>govops::sla::SlaClockModel</name>
    <message numerus="yes">
        <location filename="../modules/sla/SlaClockModel.cpp" line="+298"/>
        <source>%n d %1</source>
        <translation>
            <numerusform>%n d %1</numerusform>
            <numerusform>%n d %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>govops::sla::SlaTimersPanel</name>
    <message numerus="yes">
        <location filename="../modules/sla/SlaTimersPanel.cpp" line="+226"/>
        <source>%n notice(s) wait for your acknowledgement. Latest: %1</source>
        <translation>
            <numerusform>%n notice wait for your acknowledgement. Latest: %1</numerusform>
            <numerusform>%n notices wait for your acknowledgement. Latest: %1</numerusform>
        </translation>
    </message>
</context>
</TS>
