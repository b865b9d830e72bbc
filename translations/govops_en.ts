<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
</TS>
