#pragma once

// The words of the demo data, shared by the hand-made base set (DemoData.cpp) and the generated
// tickets (DemoBulk.cpp): a province's departments and their business systems, people's names,
// ticket titles. Private to the storage module.

#include <QString>

namespace govops::storage::demo {

struct DepartmentSpec
{
    const char16_t *name;
    const char16_t *shortName;
    const char16_t *code;     // for host names and e-mail addresses
    const char16_t *region;   // the cluster of departments, for charts
    bool vip;                 // flagged for priority protection
    const char16_t *systems;  // business systems, ';'-separated
};

inline constexpr DepartmentSpec departmentSpecs[] = {
    {u"省发展和改革委员会", u"省发改委", u"fgw", u"经济调节", false, u"投资项目在线审批监管平台;信用信息共享平台;价格监测系统"},
    {u"省公安厅", u"公安厅", u"gat", u"政法安全", true, u"人口信息管理系统;出入境证件办理系统;交通违法处理平台"},
    {u"省教育厅", u"教育厅", u"jyt", u"社会民生", false, u"教育考试报名系统;学籍管理系统;教师资格认定系统"},
    {u"省人力资源和社会保障厅", u"人社厅", u"rst", u"社会民生", true, u"社会保险经办系统;就业服务平台;人事考试网"},
    {u"省卫生健康委员会", u"卫健委", u"wjw", u"社会民生", true, u"全民健康信息平台;预约挂号服务平台;疾病预防控制信息系统"},
    {u"省财政厅", u"财政厅", u"czt", u"经济调节", false, u"预算管理一体化系统;非税收入收缴系统"},
    {u"省自然资源厅", u"自然资源厅", u"zrzyt", u"资源环境", false, u"不动产登记系统;国土空间规划一张图"},
    {u"省生态环境厅", u"生态环境厅", u"sthjt", u"资源环境", false, u"环境质量监测平台;排污许可管理系统"},
    {u"省住房和城乡建设厅", u"住建厅", u"zjt", u"城乡建设", false, u"工程建设项目审批系统;住房公积金监管系统"},
    {u"省交通运输厅", u"交通运输厅", u"jtyst", u"城乡建设", false, u"道路运输管理系统;公路路网监测平台;交通出行服务网"},
    {u"省水利厅", u"水利厅", u"slt", u"资源环境", false, u"防汛抗旱指挥系统;水资源监控平台"},
    {u"省农业农村厅", u"农业农村厅", u"nynct", u"经济调节", false, u"农产品质量追溯平台;农村集体资产管理系统"},
    {u"省商务厅", u"商务厅", u"swt", u"经济调节", false, u"外资企业服务平台;电子商务统计系统"},
    {u"省文化和旅游厅", u"文旅厅", u"whlyt", u"社会民生", false, u"智慧旅游服务平台;文化市场综合执法系统"},
    {u"省民政厅", u"民政厅", u"mzt", u"社会民生", false, u"婚姻登记管理系统;社会救助信息系统;养老服务平台"},
    {u"省司法厅", u"司法厅", u"sft", u"政法安全", false, u"公共法律服务网;行政复议管理系统"},
    {u"省科学技术厅", u"科技厅", u"kjt", u"经济调节", false, u"科技项目管理系统;科技成果登记系统"},
    {u"省工业和信息化厅", u"工信厅", u"gxt", u"经济调节", false, u"工业运行监测平台;中小企业公共服务平台"},
    {u"省应急管理厅", u"应急管理厅", u"yjglt", u"政法安全", true, u"应急指挥信息系统;安全生产监管平台"},
    {u"省市场监督管理局", u"市场监管局", u"scjgj", u"经济调节", false, u"企业登记注册系统;食品安全追溯平台;12315投诉举报平台"},
    {u"省统计局", u"统计局", u"tjj", u"综合管理", false, u"统计联网直报平台;统计数据发布库"},
    {u"省医疗保障局", u"医保局", u"ybj", u"社会民生", true, u"医保结算系统;医保公共服务平台"},
    {u"省政务服务和数字化建设管理局", u"数字化局", u"szj", u"综合管理", true, u"政务服务网;一体化政务数据共享交换平台;统一身份认证平台"},
    {u"省退役军人事务厅", u"退役军人厅", u"tyjrt", u"社会民生", false, u"退役军人信息管理系统;优抚对象服务平台"},
    {u"省审计厅", u"审计厅", u"sjt", u"综合管理", false, u"审计数据分析平台;审计业务管理系统"},
    {u"省林业和草原局", u"林草局", u"lcj", u"资源环境", false, u"森林防火监测系统;林权管理系统"},
    {u"省体育局", u"体育局", u"tyj", u"社会民生", false, u"全民健身服务平台;体育赛事管理系统"},
    {u"省地方金融监督管理局", u"金融局", u"jrj", u"经济调节", false, u"地方金融监管平台;小额贷款公司监管系统"},
    {u"省机关事务管理局", u"机关事务局", u"jgswj", u"综合管理", false, u"公务用车管理平台;公共机构节能监测系统"},
    {u"省档案局", u"档案局", u"daj", u"综合管理", false, u"数字档案馆系统;档案查询利用平台"},
};

inline constexpr const char16_t *surnames[] = {u"王", u"李", u"张", u"刘", u"陈", u"杨", u"赵", u"黄", u"周", u"吴",
                                        u"徐", u"孙", u"胡", u"朱", u"高", u"林", u"何", u"郭", u"马", u"罗",
                                        u"梁", u"宋", u"郑", u"谢", u"韩", u"唐", u"冯", u"于", u"董", u"程",
                                        u"曹", u"袁", u"邓", u"许", u"沈", u"曾", u"彭", u"吕", u"苏", u"蒋"};
inline constexpr const char16_t *givenNames[] = {
    u"伟",   u"芳",   u"娜",   u"秀英", u"敏",   u"静",   u"丽",   u"强",   u"磊",   u"军",   u"洋",   u"勇",
    u"艳",   u"杰",   u"娟",   u"涛",   u"明",   u"超",   u"秀兰", u"霞",   u"平",   u"刚",   u"建华", u"志强",
    u"晓东", u"海燕", u"文博", u"子涵", u"宇轩", u"思远", u"雨桐", u"欣怡", u"浩然", u"俊杰", u"国庆", u"建国",
    u"红梅", u"丽华", u"玉兰", u"春生", u"立新", u"晓梅", u"志刚", u"海峰", u"婷婷", u"鹏飞", u"佳琪", u"振华"};

inline constexpr const char16_t *faultTitles[] = {
    u"云主机无法远程登录",       u"数据库连接超时",         u"业务系统访问缓慢",       u"数据盘挂载失败",
    u"门户网站无法访问",         u"负载均衡健康检查失败",   u"安全组策略导致端口不通", u"云主机CPU持续100%",
    u"备份任务执行失败",         u"专线链路中断",           u"磁盘空间使用率超过90%",  u"域名解析异常",
    u"应用服务频繁重启",         u"对象存储上传失败",       u"虚拟机意外关机",         u"中间件连接池耗尽"};
inline constexpr const char16_t *requestTitles[] = {
    u"申请新增云主机2台（4核16G）", u"申请开通防火墙访问策略", u"申请扩容数据盘500G",   u"申请开通VPN账号",
    u"申请回收闲置云主机",          u"申请业务系统迁移上云",   u"申请物理服务器1台",    u"申请开通对象存储空间",
    u"申请变更云主机规格至8核32G",  u"申请开通数据库审计",     u"申请增加公网带宽至50M", u"申请开通运维堡垒机账号"};
inline constexpr const char16_t *consultationTitles[] = {
    u"咨询ICP备案办理流程", u"咨询云主机操作系统选型", u"咨询数据备份策略", u"咨询资源申请流程",
    u"咨询等保测评配合事项", u"咨询迁移上云注意事项"};

inline constexpr const char16_t *operatingSystems[] = {u"银河麒麟 V10", u"统信 UOS 20", u"CentOS 7.9", u"openEuler 22.03",
                                                 u"Windows Server 2019"};
inline constexpr const char16_t *hostModels[] = {u"浪潮 NF5280M6", u"华为 FusionServer 2288H V5", u"新华三 R4900 G5"};
inline constexpr const char16_t *vmRoles[] = {u"web", u"app", u"db", u"mq", u"cache", u"batch"};

inline constexpr const char16_t *causes[] = {
    u"宿主机内存故障导致虚拟机异常重启", u"存储链路抖动造成数据盘IO挂起", u"运营商专线光缆被施工挖断",
    u"应用版本升级后连接池配置错误",     u"核心交换机端口板卡故障"};
inline constexpr const char16_t *measures[] = {
    u"更换故障内存条并开启内存巡检告警", u"存储多路径配置复核并增加IO时延监控", u"与运营商协调双路由专线冗余",
    u"变更前增加配置评审与回退预案",     u"核心交换机板卡冗余改造并纳入日巡检"};

inline QString str(const char16_t *s)
{
    return QString::fromUtf16(s);
}

} // namespace govops::storage::demo
