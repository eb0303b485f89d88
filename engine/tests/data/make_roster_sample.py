# Makes engine/tests/data/roster-sample.xlsx, a roster as an office would keep it in Excel:
# shared strings with Vietnamese names, numbers for ages, real date cells, a blank row, a bad row.
import datetime, openpyxl
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Danh sách"
cols = ["name","post","unit","difficult_area","age","general_education","professional_level","field_fits_post","political_theory","it_kind","it_issued","state_management","defence_security","ethnic_language","in_post_since","regime","as_of","commune"]
ws.append(cols)
ws.append(["Nguyễn Văn Ánh","chu_tich_ubnd","xa",False,45,"thpt","dai_hoc",True,"so_cap","",None,"none","none",False,datetime.date(2021,6,1),"nd33_2023",datetime.date(2024,6,1),"Xã Lâm Thao"])
ws.append(["Trần Thị Bích Đào","tu_phap_ho_tich","phuong",False,30,"thpt","cao_dang",True,"none","abc_b",datetime.date(2015,3,1),"none","doi_tuong_4",False,datetime.date(2020,1,1),"nd33_2023",datetime.date(2024,6,1),"Phường Trung Kênh"])
ws.append([])
ws.append(["Lê Văn Sai","giam_doc_so","xa",False,40,"thpt","dai_hoc",True,"trung_cap","",None,"none","none",False,None,"nd33_2023",datetime.date(2024,6,1),"Xã Lâm Thao"])
ws.append(['Phạm "Út" <Hòa> & Co',"van_phong_thong_ke","thi_tran",True,28,"thpt","trung_cap",True,"none","co_ban",datetime.date(2022,1,1),"none","none",True,datetime.date(2022,5,1),"nd33_2023",datetime.date(2024,6,1),"Thị trấn Thứa"])
wb.save("/work/main/engine/tests/data/roster-sample.xlsx")
