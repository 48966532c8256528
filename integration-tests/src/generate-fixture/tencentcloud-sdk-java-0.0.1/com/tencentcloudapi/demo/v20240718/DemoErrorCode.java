package com.tencentcloudapi.demo.v20240718;
public enum DemoErrorCode {
     /* 演示配额已用完。 */
     LIMITEXCEEDED_QUOTA("LimitExceeded.Quota"),
     
     /* 演示任务正在运行。 */
     FAILEDOPERATION_TASKRUNNING("FailedOperation.TaskRunning");
     
    private String value;
    private DemoErrorCode (String value){
        this.value = value;
    }
}
