#pragma once

// The slots live in test_openstack_parse.cpp, out of moc's sight: moc's preprocessor does not
// understand the raw string literals the JSON fixtures are written in.
#include <QObject>

class TestOpenStackParse : public QObject
{
    Q_OBJECT
private slots:
    void jsonParseErrorsNameTheOffset();
    void timestampsInEveryShapeOpenStackWrites_data();
    void timestampsInEveryShapeOpenStackWrites();
    void tokenWithCatalog();
    void tokenWithoutHeaderOrExpiryIsRefused();
    void endpointsByTypeRegionAndInterface();
    void serversAtMicroversion247();
    void serversAtMicroversion21WithAbsentAndNullFields();
    void aMissingIdFailsTheWholeListingAndSaysWhere();
    void flavors();
    void hypervisorsAcrossMicroversions();
    void volumes();
    void networksAndSecurityGroups();
    void projects();
    void nextMarkers();
    void errorBodies_data();
    void errorBodies();
    void longErrorBodiesAreCut();
    void authBodies();
    void failureKindsTravelInTheError();
    void mutatedInputFailsCleanly();
};
